import { z } from "zod";
import { ZTargetKind } from "./target-kind";

const ZIsoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Enter a date in the format YYYY-MM-DD, like 2026-12-01" })
  .refine(
    (value) =>
      !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    {
      error: "Enter a real date",
    },
  );

const ZText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} must be ${max} characters or fewer` });

export const ZAssignPerson = z.object({
  footprintId: z.string().min(1),
  kind: ZTargetKind,
  targetId: z.string().min(1),
  personId: z.string().min(1, { error: "Choose a person" }),
  role: z.enum(["LEAD", "MEMBER"], { error: "Choose whether they lead or are a member" }),
  startsOn: ZIsoDate,
  overrideReason: ZText(1000, "The reason")
    .transform((v) => v || undefined)
    .optional(),
});
export type AssignPersonInput = z.infer<typeof ZAssignPerson>;

export const ZEndAssignment = z.object({
  footprintId: z.string().min(1),
  assignmentId: z.string().min(1),
  endsOn: ZIsoDate.optional().or(z.literal("").transform(() => undefined)),
  endReason: ZText(500, "The reason")
    .transform((v) => v || undefined)
    .optional(),
});
export type EndAssignmentInput = z.infer<typeof ZEndAssignment>;

/** What workstreams and board seats share: where they belong, the version edited, name and description. */
const ZTargetDetails = z.object({
  footprintId: z.string().min(1),
  id: z
    .string()
    .transform((v) => v || undefined)
    .optional(),
  version: z.coerce.number().int().min(1).optional(),
  name: z
    .string()
    .trim()
    .min(1, { error: "Enter a name" })
    .max(120, { error: "Name must be 120 characters or fewer" }),
  description: ZText(2000, "Description").default(""),
});

export const ZSaveWorkstream = ZTargetDetails.extend({
  skillIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  status: z.enum(["ACTIVE", "PAUSED", "CLOSED"], { error: "Choose a status" }).default("ACTIVE"),
});
export type SaveWorkstreamInput = z.infer<typeof ZSaveWorkstream>;

export const ZSaveBoardSeat = ZTargetDetails.extend({
  status: z.enum(["ACTIVE", "CLOSED"], { error: "Choose a status" }).default("ACTIVE"),
});
export type SaveBoardSeatInput = z.infer<typeof ZSaveBoardSeat>;

export const ZSetLeadCap = z.object({
  footprintId: z.string().min(1),
  leadCap: z.coerce
    .number({ error: "Enter a whole number, like 3" })
    .int({ error: "Enter a whole number, like 3" })
    .min(1, { error: "The cap must be at least 1" })
    .max(20, { error: "The cap must be 20 or fewer" }),
});
