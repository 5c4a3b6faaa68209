import "server-only";
import { requireProgrammeAdmin } from "../assessment/assessment-access";
import type { Actor } from "../auth/session";
import { loadConflictIndex } from "../conflicts/load-conflict-index";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import type { BidInput } from "./rank-bids";

/**
 * What the ranking, what-if and selection need, for programme admins only: the round's criteria
 * and limits, its submitted bids, and the reviews that count. A review counts when it is
 * submitted, its assignment is current, and its assessor is not conflicted with the bid (a
 * conflict found after submission voids it).
 */
export async function loadRankingData({
  actor,
  roundId,
  now = new Date(),
}: {
  actor: Actor;
  roundId: string;
  now?: Date;
}) {
  requireProgrammeAdmin(actor);
  const round = await prisma.fundingRound.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      slug: true,
      title: true,
      state: true,
      version: true,
      budgetPence: true,
      pilotPlaces: true,
      assessorsPerBid: true,
      disagreementThreshold: true,
      criteria: {
        orderBy: { position: "asc" },
        select: { id: true, name: true, weight: true },
      },
      scalePoints: { orderBy: { value: "asc" }, select: { value: true } },
      bids: {
        where: { state: { in: ["SUBMITTED", "SHORTLISTED", "FUNDED", "DECLINED"] } },
        orderBy: { title: "asc" },
        select: {
          id: true,
          title: true,
          amountRequestedPence: true,
          footprint: {
            select: { id: true, name: true, region: { select: { id: true, name: true } } },
          },
          decision: {
            select: {
              outcome: true,
              amountAwardedPence: true,
              rationale: true,
              decidedAt: true,
              version: true,
              decidedBy: { select: { name: true } },
            },
          },
          reviewAssignments: {
            where: { endedAt: null },
            select: {
              dueAt: true,
              assessor: { select: { id: true, name: true } },
              review: {
                select: {
                  state: true,
                  submittedAt: true,
                  scores: { select: { criterionId: true, score: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!round) throw new DomainError({ code: "NOT_FOUND", message: "Round not found" });
  const assessorIds = [
    ...new Set(round.bids.flatMap((b) => b.reviewAssignments.map((a) => a.assessor.id))),
  ];
  const conflicts = await loadConflictIndex({ bidIds: round.bids.map((b) => b.id), assessorIds });
  const assessorNames = new Map<string, string>();
  let voided = 0;
  const input: BidInput[] = [];
  const bids = round.bids.map((bid) => {
    const reviews: BidInput["reviews"][number][] = [];
    let outstanding = 0;
    let overdue = 0;
    for (const a of bid.reviewAssignments) {
      assessorNames.set(a.assessor.id, a.assessor.name);
      if (a.review?.state !== "SUBMITTED" || !a.review.submittedAt) {
        outstanding += 1;
        if (a.dueAt && a.dueAt < now) overdue += 1;
        continue;
      }
      if (conflicts.isConflicted(bid.id, a.assessor.id)) {
        voided += 1;
        continue;
      }
      reviews.push({
        assessorId: a.assessor.id,
        scores: Object.fromEntries(a.review.scores.map((s) => [s.criterionId, s.score])),
        submittedAt: a.review.submittedAt,
        dueAt: a.dueAt,
      });
    }
    input.push({ bidId: bid.id, reviews });
    return {
      bidId: bid.id,
      title: bid.title,
      footprintName: bid.footprint.name,
      regionId: bid.footprint.region.id,
      regionName: bid.footprint.region.name,
      amountRequestedPence: bid.amountRequestedPence,
      decision: bid.decision,
      outstanding,
      overdue,
    };
  });
  return {
    round: {
      id: round.id,
      slug: round.slug,
      title: round.title,
      state: round.state,
      version: round.version,
      budgetPence: round.budgetPence,
      pilotPlaces: round.pilotPlaces,
      assessorsPerBid: round.assessorsPerBid,
      threshold: Number(round.disagreementThreshold),
      scale: {
        low: round.scalePoints[0]?.value ?? 1,
        high: round.scalePoints.at(-1)?.value ?? 5,
      },
    },
    criteria: round.criteria,
    bids,
    input,
    assessors: [...assessorNames].map(([id, name]) => ({ id, name })),
    voided,
    decisionsExist: bids.some((b) => b.decision !== null),
  };
}

export type RankingData = Awaited<ReturnType<typeof loadRankingData>>;
