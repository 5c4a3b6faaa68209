/**
 * Programme admins' assessment forms, as zod schemas over posted fields. A due date is a day; a
 * review is due by 17:00 UK time that day (Europe/London, across the clock changes).
 */
import { z } from "zod";
import { calendarDay, id, idList, text } from "../forms/fields";
import { resolveLondonTime } from "../rounds/london-time";

const ZId = id();

const ZReason = (what: string) =>
  text({ label: "The reason", max: 2000, required: `Enter ${what}` });

/** A due date (a day) as 17:00 UK time that day; blank is no due date. */
export const ZDueOn = calendarDay({ label: "The due date" }).transform((value, ctx) => {
  if (!value) return null;
  const result = resolveLondonTime(`${value}T17:00`);
  if (result.kind !== "ok") {
    ctx.addIssue({ code: "custom", message: "Enter the due date as a real date" });
    return z.NEVER;
  }
  return result.instant;
});

export const ZAutoAssign = z.object({
  roundId: ZId,
  dueOn: ZDueOn,
  assessorIds: idList({ message: "Choose assessors from the list" }).pipe(
    z.array(z.string()).min(1, { error: "Choose at least one assessor to draw on" }),
  ),
});

export const ZAssign = z.object({
  roundId: ZId,
  bidId: ZId,
  assessorId: id({ message: "Choose an assessor" }),
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
  assessorId: id({ message: "Choose an assessor" }),
  reason: ZReason("the conflict"),
});
