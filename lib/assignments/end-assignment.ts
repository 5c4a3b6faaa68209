import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { dateOnly, formatUkDate, ukDateString } from "../format/dates";
import { notify } from "../notifications/notify";
import { assertBoardAdminOf } from "./footprint-access";
import type { EndAssignmentInput } from "./schemas";

/**
 * Ends an assignment on a date (today, UK time, by default). The row stays: its history is shown on
 * the workstream or seat. Ending is conditional on the assignment still being current, so two
 * admins ending it at once end it once.
 */
export async function endAssignment({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: EndAssignmentInput;
  now?: Date;
}): Promise<void> {
  const { footprintId, assignmentId } = input;
  assertBoardAdminOf({ actor, footprintId });
  const endsOn = input.endsOn ?? ukDateString(now);
  await prisma.$transaction(async (tx) => {
    const assignment = await tx.assignment.findFirst({
      where: {
        id: assignmentId,
        OR: [{ workstream: { footprintId } }, { boardSeat: { footprintId } }],
      },
      select: {
        id: true,
        role: true,
        startsOn: true,
        endsOn: true,
        person: { select: { givenName: true, familyName: true, user: { select: { id: true } } } },
        workstream: { select: { name: true, footprint: { select: { name: true } } } },
        boardSeat: { select: { name: true, footprint: { select: { name: true } } } },
      },
    });
    if (!assignment) throw new DomainError({ code: "NOT_FOUND", message: "Page not found" });
    if (dateOnly(endsOn) < assignment.startsOn) {
      throw new DomainError({
        code: "INVALID_STATE",
        field: "endsOn",
        message: `The end date must be on or after the start date, ${formatUkDate(assignment.startsOn)}`,
      });
    }
    const { count } = await tx.assignment.updateMany({
      where: { id: assignmentId, endsOn: null },
      data: { endsOn: dateOnly(endsOn), endReason: input.endReason ?? null, endedById: actor.id },
    });
    if (count === 0) {
      throw new DomainError({
        code: "INVALID_STATE",
        message: "This assignment has already ended.",
      });
    }
    const target = assignment.workstream ?? assignment.boardSeat!;
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "assignment.ended",
      entityType: "Assignment",
      entityId: assignmentId,
      before: { endsOn: null },
      after: { endsOn },
      reason: input.endReason,
    });
    if (assignment.person.user) {
      await notify(tx, {
        userIds: [assignment.person.user.id],
        kind: "assignment.ended",
        title: `Your assignment to ${target.name} has ended`,
        body: `${target.footprint.name}, ended ${formatUkDate(dateOnly(endsOn))}.${input.endReason ? ` Reason: ${input.endReason}` : ""}`,
        link: "/dashboard",
      });
    }
  });
}
