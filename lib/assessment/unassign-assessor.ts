import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { notify } from "../notifications/notify";
import { requireProgrammeAdmin } from "./assessment-access";

/**
 * A programme admin takes an assessor off a bid, with a reason. A submitted review stays part of
 * the bid's scores, so it has to be reopened first; the assignment is ended, not deleted.
 */
export async function unassignAssessor({
  actor,
  assignmentId,
  reason,
  now = new Date(),
}: {
  actor: Actor;
  assignmentId: string;
  reason: string;
  now?: Date;
}): Promise<{ bidId: string }> {
  requireProgrammeAdmin(actor);
  const { bidId } = await prisma.$transaction(async (tx) => {
    const assignment = await tx.reviewAssignment.findUnique({
      where: { id: assignmentId },
      select: {
        id: true,
        bidId: true,
        assessorId: true,
        endedAt: true,
        bid: { select: { title: true, round: { select: { state: true } } } },
        review: { select: { state: true } },
      },
    });
    if (!assignment) throw new DomainError({ code: "NOT_FOUND", message: "Not found" });
    if (assignment.endedAt)
      throw new DomainError({
        code: "INVALID_STATE",
        message: "This assessor is already off the bid",
      });
    if (assignment.review?.state === "SUBMITTED")
      throw new DomainError({
        code: "INVALID_STATE",
        message: "Their review is submitted: reopen it before taking them off the bid",
      });
    const { count } = await tx.reviewAssignment.updateMany({
      where: { id: assignmentId, endedAt: null },
      data: { endedAt: now, endReason: reason },
    });
    if (count === 0)
      throw new DomainError({
        code: "STALE_WRITE",
        message: "This assignment changed meanwhile. Reload the page.",
      });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "review.unassigned",
      entityType: "ReviewAssignment",
      entityId: assignmentId,
      before: { endedAt: null },
      after: { endedAt: now.toISOString() },
      reason,
    });
    await notify(tx, {
      userIds: [assignment.assessorId],
      kind: "review.unassigned",
      title: "A bid is no longer assigned to you",
      body: `The programme team has taken you off "${assignment.bid.title}": ${reason}`,
      link: "/assessments",
    });
    return { bidId: assignment.bidId };
  });
  return { bidId };
}
