import "server-only";
import type { Actor } from "../auth/session";
import { BID_SECTIONS } from "../bids/sections";
import { loadConflictIndex } from "../conflicts/load-conflict-index";
import { prisma } from "../db/prisma";
import { weightedTotal } from "../scoring/weighted-total";
import { loadOwnAssignment } from "./assessment-access";
import { draftEntries, type ReviewEntries } from "./review-rules";

/**
 * Everything the assessor's review page shows: the bid read-only, the round's criteria and scale,
 * and their own review. Other assessors' reviews of the bid are read only once the assessor's own
 * review is submitted (docs/domain.md, "Scoring": an assessor sees the others' scores only after
 * submitting their own); before that this function never queries them.
 */
export async function getReviewForAssessor({ actor, bidId }: { actor: Actor; bidId: string }) {
  const assignment = await loadOwnAssignment({ actor, bidId });
  const bid = await prisma.bid.findUniqueOrThrow({
    where: { id: bidId },
    select: {
      id: true,
      title: true,
      amountRequestedPence: true,
      submittedAt: true,
      footprint: { select: { name: true, kind: true, region: { select: { name: true } } } },
      sections: { select: { key: true, body: true } },
      partners: {
        orderBy: { organisation: { name: "asc" } },
        select: { role: true, organisation: { select: { id: true, name: true, kind: true } } },
      },
      budgetLines: {
        orderBy: { position: "asc" },
        select: { id: true, description: true, amountPence: true },
      },
      round: {
        select: {
          id: true,
          title: true,
          state: true,
          criteria: {
            orderBy: { position: "asc" },
            select: { id: true, name: true, guidance: true, weight: true },
          },
          scalePoints: {
            orderBy: { value: "asc" },
            select: { value: true, label: true, descriptor: true },
          },
        },
      },
    },
  });
  const own = await prisma.review.findUnique({
    where: { bidId_assessorId: { bidId, assessorId: actor.id } },
    select: {
      id: true,
      state: true,
      version: true,
      draft: true,
      submittedAt: true,
      reopenedAt: true,
      reopenReason: true,
      scores: { select: { criterionId: true, score: true, rationale: true } },
    },
  });
  const entries: ReviewEntries =
    own?.state === "SUBMITTED"
      ? Object.fromEntries(
          own.scores.map((s) => [s.criterionId, { score: s.score, rationale: s.rationale }]),
        )
      : draftEntries(own?.draft);
  const weights = bid.round.criteria.map((c) => ({ criterionId: c.id, weight: c.weight }));
  const sections = BID_SECTIONS.map((spec) => ({
    ...spec,
    body: bid.sections.find((s) => s.key === spec.key)?.body ?? "",
    version: 1,
    updatedAt: null,
    updatedByName: null,
  }));
  const others =
    own?.state === "SUBMITTED" ? await listOtherSubmittedReviews({ bidId, actor, weights }) : null;
  return {
    assignment,
    bid: { ...bid, sections },
    round: bid.round,
    review: own
      ? {
          id: own.id,
          state: own.state,
          version: own.version,
          submittedAt: own.submittedAt,
          reopenedAt: own.reopenedAt,
          reopenReason: own.reopenReason,
        }
      : null,
    entries,
    ownTotal:
      own?.state === "SUBMITTED"
        ? weightedTotal({
            scores: Object.fromEntries(own.scores.map((s) => [s.criterionId, s.score])),
            weights,
          })
        : null,
    others,
  };
}

/** The other current assessors' submitted reviews of a bid. Only called after the caller's own submission. */
async function listOtherSubmittedReviews({
  bidId,
  actor,
  weights,
}: {
  bidId: string;
  actor: Actor;
  weights: { criterionId: string; weight: number }[];
}) {
  const reviews = await prisma.review.findMany({
    where: {
      bidId,
      assessorId: { not: actor.id },
      state: "SUBMITTED",
      assignment: { endedAt: null },
    },
    orderBy: { submittedAt: "asc" },
    select: {
      id: true,
      submittedAt: true,
      assessorId: true,
      assessor: { select: { name: true } },
      scores: { select: { criterionId: true, score: true, rationale: true } },
    },
  });
  // A review voided by its assessor's conflict counts nowhere, so it is not shown here either.
  const conflicts = await loadConflictIndex({
    bidIds: [bidId],
    assessorIds: reviews.map((r) => r.assessorId),
  });
  return reviews
    .filter((r) => !conflicts.isConflicted(bidId, r.assessorId))
    .map((r) => ({
      id: r.id,
      assessorName: r.assessor.name,
      submittedAt: r.submittedAt,
      scores: Object.fromEntries(
        r.scores.map((s) => [s.criterionId, { score: s.score, rationale: s.rationale }]),
      ) as ReviewEntries,
      total: weightedTotal({
        scores: Object.fromEntries(r.scores.map((s) => [s.criterionId, s.score])),
        weights,
      }),
    }));
}

export type ReviewForAssessor = Awaited<ReturnType<typeof getReviewForAssessor>>;
