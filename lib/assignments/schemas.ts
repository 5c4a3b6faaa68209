import { z } from "zod";
import {
  calendarDay,
  choice,
  id,
  idList,
  optionalId,
  optionalVersion,
  requireVersionWhenEditing,
  text,
  wholeNumber,
} from "../forms/fields";

const targetKind = choice(["workstreams", "seats"] as const, {
  message: "Reload the page and try again",
});

export const ZAssignPerson = z.object({
  footprintId: id(),
  kind: targetKind,
  targetId: id(),
  personId: id({ message: "Choose a person" }),
  role: choice(["LEAD", "MEMBER"] as const, {
    message: "Choose whether they lead or are a member",
  }),
  startsOn: calendarDay({ label: "The start date", required: "Enter the start date" }).transform(
    (v) => v!,
  ),
  overrideReason: text({ label: "The reason", max: 1000 })
    .transform((v) => v || undefined)
    .optional(),
});
export type AssignPersonInput = z.infer<typeof ZAssignPerson>;

export const ZEndAssignment = z.object({
  footprintId: id(),
  assignmentId: id(),
  endsOn: calendarDay({ label: "The end date" })
    .transform((v) => v ?? undefined)
    .optional(),
  endReason: text({ label: "The reason", max: 500 })
    .transform((v) => v || undefined)
    .optional(),
});
export type EndAssignmentInput = z.infer<typeof ZEndAssignment>;

/** What workstreams and board seats share: where they belong, the version edited, name and description. */
const targetDetails = {
  footprintId: id(),
  id: optionalId()
    .transform((v) => v ?? undefined)
    .optional(),
  version: optionalVersion({ min: 1 })
    .transform((v) => v ?? undefined)
    .optional(),
  name: text({ label: "Name", max: 120, required: "Enter a name" }),
  description: text({ label: "Description", max: 2000 }),
};

export const ZSaveWorkstream = z
  .object({
    ...targetDetails,
    skillIds: idList({ message: "Choose skills from the list" }),
    status: choice(["ACTIVE", "PAUSED", "CLOSED"] as const, { message: "Choose a status" }),
  })
  .superRefine((value, ctx) => requireVersionWhenEditing(value, ctx));
export type SaveWorkstreamInput = z.infer<typeof ZSaveWorkstream>;

export const ZSaveBoardSeat = z
  .object({
    ...targetDetails,
    status: choice(["ACTIVE", "CLOSED"] as const, { message: "Choose a status" }),
  })
  .superRefine((value, ctx) => requireVersionWhenEditing(value, ctx));
export type SaveBoardSeatInput = z.infer<typeof ZSaveBoardSeat>;

export const ZSetLeadCap = z.object({
  footprintId: id(),
  leadCap: wholeNumber({
    label: "The cap",
    min: 1,
    max: 20,
    required: "Enter a whole number, like 3",
  }),
});
