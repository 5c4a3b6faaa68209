import { z } from "zod";
import {
  choice,
  id,
  optionalId,
  optionalVersion,
  requireVersionWhenEditing,
  text,
} from "../forms/fields";

/** A network as board admins create and edit it (an edit carries its id and version). */
export const ZNetwork = z
  .object({
    id: optionalId()
      .transform((v) => v ?? undefined)
      .optional(),
    footprintId: id({ message: "Choose the footprint" }),
    name: text({ label: "Name", max: 200, required: "Enter the name" }),
    purpose: text({ label: "Purpose", max: 2000, required: "Enter the purpose" }),
    function: text({ label: "Function", max: 2000 }),
    model: text({ label: "Model", max: 2000 }),
    howToJoin: text({ label: "How to get involved", max: 2000 }),
    status: choice(["PROPOSED", "ESTABLISHED", "PILOT", "CLOSED"] as const, {
      message: "Choose a status",
    }),
    version: optionalVersion({ min: 1 })
      .transform((v) => v ?? undefined)
      .optional(),
  })
  .superRefine((value, ctx) => requireVersionWhenEditing(value, ctx));
export type NetworkInput = z.infer<typeof ZNetwork>;

export const ZJoinRequest = z.object({
  message: text({ label: "Message", max: 1000 }),
});

export const ZJoinDecision = z.object({
  requestId: id(),
  decision: choice(["APPROVE", "DECLINE"] as const, { message: "Choose approve or decline" }),
});

export const ZNetworkId = z.object({ networkId: id({ message: "Network not found" }) });

/** The stored fields of a network, as written and audited. */
export function networkFields(input: NetworkInput) {
  return {
    name: input.name,
    purpose: input.purpose,
    function: input.function,
    model: input.model,
    howToJoin: input.howToJoin,
    status: input.status,
  };
}
