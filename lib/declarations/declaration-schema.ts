import { z } from "zod";
import {
  calendarDate,
  checkbox,
  choice,
  id,
  optionalId,
  optionalVersion,
  requireVersionWhenEditing,
  text,
  version,
} from "../forms/fields";

export const INTEREST_TYPES = [
  "FINANCIAL",
  "NON_FINANCIAL_PROFESSIONAL",
  "NON_FINANCIAL_PERSONAL",
  "INDIRECT",
] as const;

/** A register-of-interests entry as the form sends it (an edit carries its id and version). */
export const ZDeclaration = z
  .object({
    id: optionalId()
      .transform((v) => v ?? undefined)
      .optional(),
    type: choice(INTEREST_TYPES, { message: "Choose the type of interest" }),
    organisationId: optionalId({ message: "Choose an organisation from the list" }).transform(
      (v) => v ?? "",
    ),
    partyName: text({ label: "Name", max: 200 }),
    description: text({ label: "Description", max: 1000, required: "Describe the interest" }),
    startsOn: calendarDate({
      label: "The date the interest began",
      required: "Enter the date the interest began, like 2026-03-31",
    }).transform((v) => v!),
    endsOn: calendarDate({ label: "The end date" }),
    published: checkbox(),
    version: optionalVersion({ min: 1 })
      .transform((v) => v ?? undefined)
      .optional(),
  })
  .superRefine((value, ctx) => {
    requireVersionWhenEditing(value, ctx);
    if (!value.organisationId && !value.partyName)
      ctx.addIssue({
        code: "custom",
        path: ["partyName"],
        message: "Choose an organisation or enter the name of the other party",
      });
    if (value.endsOn && value.endsOn < value.startsOn)
      ctx.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: "The end date must be the same as or after the start date",
      });
  });
export type Declaration = z.infer<typeof ZDeclaration>;

/** Ending an entry: the date it ended. */
export const ZEndDeclaration = z.object({
  id: id(),
  endsOn: calendarDate({
    label: "The end date",
    required: "Enter the date the interest ended, like 2026-03-31",
  }).transform((v) => v!),
  version: version({ min: 1 }),
});
