import { z } from "zod";

const text = (label: string, max: number, required = false) => {
  const base = z
    .string()
    .trim()
    .max(max, { error: `${label} must be ${max.toLocaleString("en-GB")} characters or fewer` });
  return required ? base.min(1, { error: `Enter the ${label.toLowerCase()}` }) : base;
};

/** A network as board admins create and edit it. */
export const ZNetwork = z.object({
  footprintId: z.string().trim().min(1, { error: "Choose the footprint" }).max(100),
  name: text("Name", 200, true),
  purpose: text("Purpose", 2000, true),
  function: text("Function", 2000).default(""),
  model: text("Model", 2000).default(""),
  howToJoin: text("How to get involved", 2000).default(""),
  status: z.enum(["PROPOSED", "ESTABLISHED", "PILOT", "CLOSED"], { error: "Choose a status" }),
  version: z.coerce.number().int().min(1).optional(),
});
export type NetworkInput = z.infer<typeof ZNetwork>;

export const ZJoinRequest = z.object({
  message: z
    .string()
    .trim()
    .max(1000, { error: "Message must be 1,000 characters or fewer" })
    .optional()
    .default(""),
});

export const ZJoinDecision = z.object({
  requestId: z.string().min(1).max(100),
  decision: z.enum(["APPROVE", "DECLINE"]),
});

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
