import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { notify } from "../notifications/notify";
import { requireProgrammeAdmin } from "./assessment-access";

/**
 * A programme admin reopens a submitted review, with a reason (docs/domain.md, "Scoring":
 * reopening is an audited admin act). The submitted scores become the assessor's draft again, so
 * nothing they wrote is lost, and while it is open the review counts in no ranking and the
 * assessor no longer sees the other reviews.
 */
export async function reopenReview({
  actor,
  reviewId,
  reason,
  now = new Date(),
}: {
  actor: Actor;
  reviewId: string;
  reason: string;
  now?: Date;
}): Promise<{ bidId: string }> {
  requireProgrammeAdmin(actor);
  const { bidId } = await prisma.$transaction(async (tx) => {
    const review = await tx.review.findUnique({
      where: { id: reviewId },
      select: {
        id: true,
        state: true,
        bidId: true,
        assessorId: true,
        version: true,
        bid: { select: { title: true } },
        round: { select: { state: true } },
        scores: { select: { criterionId: true, score: true, rationale: true } },
      },
    });
    if (!review) throw new DomainError({ code: "NOT_FOUND", message: "Not found" });
    if (review.round.state !== "IN_ASSESSMENT")
      throw new DomainError({
        code: "INVALID_STATE",
        message: "Reviews can be reopened only while the round is in assessment",
      });
    const { count } = await tx.review.updateMany({
      where: { id: reviewId, state: "SUBMITTED", version: review.version },
      data: {
        state: "DRAFT",
        reopenedAt: now,
        reopenReason: reason,
        draft: {
          scores: Object.fromEntries(
            review.scores.map((s) => [s.criterionId, { score: s.score, rationale: s.rationale }]),
          ),
        },
        version: { increment: 1 },
      },
    });
    if (count === 0)
      throw new DomainError({
        code: "INVALID_STATE",
        message: "This review is not submitted, so there is nothing to reopen",
      });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "review.reopened",
      entityType: "Review",
      entityId: reviewId,
      before: { state: "SUBMITTED" },
      after: { state: "DRAFT" },
      reason,
    });
    await notify(tx, {
      userIds: [review.assessorId],
      kind: "review.reopened",
      title: "Your review has been reopened",
      body: `The programme team reopened your review of "${review.bid.title}": ${reason}`,
      link: `/assessments/${review.bidId}`,
    });
    return { bidId: review.bidId };
  });
  return { bidId };
}
