import "server-only";
import type { Actor } from "../auth/session";
import { loadConflictIndex } from "../conflicts/load-conflict-index";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { weightedTotal } from "../scoring/weighted-total";
import { requireProgrammeAdmin } from "./assessment-access";
import { whyReviewDoesNotCount } from "./review-rules";

/**
 * One bid's assessment for programme admins, who see everything (docs/domain.md, "Scoring"):
 * its assignments past and present, every review with its scores and rationales, and every
 * conflict with its reason.
 */
export async function getBidAssessment({
  actor,
  roundId,
  bidId,
}: {
  actor: Actor;
  roundId: string;
  bidId: string;
}) {
  requireProgrammeAdmin(actor);
  const bid = await prisma.bid.findFirst({
    where: { id: bidId, roundId, state: { not: "DRAFT" } },
    select: {
      id: true,
      title: true,
      state: true,
      amountRequestedPence: true,
      footprint: { select: { name: true, region: { select: { name: true } } } },
      round: {
        select: {
          id: true,
          title: true,
          state: true,
          assessorsPerBid: true,
          criteria: {
            orderBy: { position: "asc" },
            select: { id: true, name: true, weight: true },
          },
        },
      },
      reviewAssignments: {
        orderBy: { assignedAt: "asc" },
        select: {
          id: true,
          assignedAt: true,
          dueAt: true,
          endedAt: true,
          endReason: true,
          assessor: { select: { id: true, name: true } },
          assignedBy: { select: { name: true } },
        },
      },
      reviews: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          state: true,
          assignmentId: true,
          submittedAt: true,
          reopenedAt: true,
          reopenReason: true,
          assessor: { select: { id: true, name: true } },
          scores: { select: { criterionId: true, score: true, rationale: true } },
        },
      },
    },
  });
  if (!bid) throw new DomainError({ code: "NOT_FOUND", message: "Bid not found" });
  const assessors = await prisma.user.findMany({
    where: { disabledAt: null, roleGrants: { some: { role: "ASSESSOR" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const conflicts = await loadConflictIndex({
    bidIds: [bid.id],
    assessorIds: assessors.map((a) => a.id),
  });
  const weights = bid.round.criteria.map((c) => ({ criterionId: c.id, weight: c.weight }));
  const current = bid.reviewAssignments.filter((a) => !a.endedAt);
  const onBid = new Set(current.map((a) => a.assessor.id));
  const conflictList = assessors
    .map((a) => ({ assessor: a, conflicts: conflicts.get(bid.id, a.id) }))
    .filter((c) => c.conflicts.length);
  const conflicted = new Set(conflictList.map((c) => c.assessor.id));
  return {
    bid,
    round: bid.round,
    current: current.map((a) => ({
      ...a,
      review: bid.reviews.find((r) => r.assignmentId === a.id) ?? null,
    })),
    ended: bid.reviewAssignments.filter((a) => a.endedAt),
    reviews: bid.reviews.map((r) => ({
      ...r,
      counts:
        whyReviewDoesNotCount({
          state: r.state,
          assignmentEnded: !current.some((a) => a.id === r.assignmentId),
          conflicted: conflicted.has(r.assessor.id),
        }) === null,
      total:
        r.state === "SUBMITTED"
          ? weightedTotal({
              scores: Object.fromEntries(r.scores.map((s) => [s.criterionId, s.score])),
              weights,
            })
          : null,
    })),
    conflicts: conflictList,
    available: assessors.filter((a) => !onBid.has(a.id) && !conflicted.has(a.id)),
    assessors,
  };
}
