/**
 * Programme admins' assessment forms, as zod schemas over posted fields. A due date is a day; a
 * review is due by 17:00 UK time that day (Europe/London, across the clock changes).
 */
import { z } from "zod";
import { resolveLondonTime } from "../rounds/london-time";

const ZId = z.string().min(1);

const ZReason = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `Enter ${what}` })
    .max(2000, { error: "Keep it to 2,000 characters or fewer" });

export const ZDueOn = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const match = /^\d{4}-\d{2}-\d{2}$/.exec(value);
    const result = match ? resolveLondonTime(`${value}T17:00`) : null;
    if (result?.kind !== "ok") {
      ctx.addIssue({
        code: "custom",
        message: "Enter the due date as a date, for example 20/11/2026",
      });
      return z.NEVER;
    }
    return result.instant;
  });

export const ZAutoAssign = z.object({
  roundId: ZId,
  dueOn: ZDueOn,
  assessorIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(ZId).min(1, { error: "Choose at least one assessor to draw on" })),
});

export const ZAssign = z.object({
  roundId: ZId,
  bidId: ZId,
  assessorId: z.string().min(1, { error: "Choose an assessor" }),
  dueOn: ZDueOn,
});

export const ZUnassign = z.object({
  roundId: ZId,
  bidId: ZId,
  assignmentId: ZId,
  reason: ZReason("why they are coming off the bid"),
});

export const ZReopen = z.object({
  roundId: ZId,
  bidId: ZId,
  reviewId: ZId,
  reason: ZReason("why the review is being reopened"),
});

export const ZRecordConflict = z.object({
  roundId: ZId,
  bidId: ZId,
  assessorId: z.string().min(1, { error: "Choose an assessor" }),
  reason: ZReason("the conflict"),
});
