import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { saveWeights } from "@/lib/rounds/save-weights";
import { loadRankingData } from "@/lib/scoring/load-ranking-data";
import { rankBids } from "@/lib/scoring/rank-bids";
import { parseWhatIfWeights, savedWeights } from "@/lib/scoring/what-if-weights";
import { createAssessmentRound, createReview, createUser, testDb } from "../factories";
import { actorFor, createProgrammeAdminActor } from "../factories/people";
import { refusal } from "../support/refusal";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

/** Ranks a round as the ranking page does, with its saved weights or those of a what-if. */
function rank(data: Awaited<ReturnType<typeof loadRankingData>>, params = {}) {
  const { weights } = parseWhatIfWeights({ params, criteria: data.criteria });
  return rankBids({ bids: data.input, weights, threshold: data.round.threshold });
}

const byId = <T extends { bidId: string }>(rows: T[], bidId: string) =>
  rows.find((r) => r.bidId === bidId)!;

/** A decision on a bid, written directly: recording decisions is another use-case's business. */
async function decide({ bidId, decidedById }: { bidId: string; decidedById: string }) {
  await testDb().decision.create({
    data: {
      bidId,
      outcome: "FUNDED",
      amountAwardedPence: 100_000,
      rationale: "Strong bid",
      decidedById,
    },
  });
}

describe("the ranking data", () => {
  it("counts only submitted reviews on current assignments by assessors without a conflict", async () => {
    const admin = await createProgrammeAdminActor();
    const { round, criteria, bids, assessors } = await createAssessmentRound({
      bids: 3,
      assessors: 4,
    });
    const [a, b, c] = bids as [(typeof bids)[0], (typeof bids)[0], (typeof bids)[0]];
    const [p, q, r, s] = assessors as [
      (typeof assessors)[0],
      (typeof assessors)[0],
      (typeof assessors)[0],
      (typeof assessors)[0],
    ];
    const review = (bidId: string, assessorId: string, scores?: number[], more = {}) =>
      createReview({ bidId, roundId: round.id, assessorId, criteria, scores, ...more });

    // Bid a: three submitted reviews, one of them after its due date.
    await review(a.id, p.id, [5, 4, 3]);
    await review(a.id, q.id, [3, 3, 3]);
    await review(a.id, r.id, [1, 2, 1], {
      dueAt: new Date("2026-03-10T12:00:00Z"),
      submittedAt: new Date("2026-03-11T09:00:00Z"),
    });
    // Bid b: one submitted; one assigned and never started; one still a draft, past its due date.
    await review(b.id, p.id, [4, 4, 4]);
    await review(b.id, q.id);
    const { assignment: draftAssignment } = await review(b.id, r.id, undefined, {
      dueAt: new Date("2026-03-01T12:00:00Z"),
    });
    await testDb().review.create({
      data: {
        assignmentId: draftAssignment.id,
        bidId: b.id,
        roundId: round.id,
        assessorId: r.id,
        state: "DRAFT",
      },
    });
    // Bid c: one that counts; one whose assessor was taken off the bid after submitting; one whose
    // assessor has a conflict recorded after submitting.
    await review(c.id, p.id, [2, 2, 2]);
    const { assignment: ended } = await review(c.id, q.id, [5, 5, 5]);
    await testDb().reviewAssignment.update({
      where: { id: ended.id },
      data: { endedAt: new Date(), endReason: "Moved to another bid" },
    });
    await review(c.id, s.id, [5, 5, 5]);
    await testDb().conflict.create({
      data: { bidId: c.id, assessorId: s.id, type: "ADMIN_RECORDED", reason: "Sits on its board" },
    });

    const data = await loadRankingData({
      actor: admin,
      roundId: round.id,
      now: new Date("2026-03-05T00:00:00Z"),
    });
    expect(data.round).toMatchObject({
      id: round.id,
      threshold: 1.5,
      scale: { low: 1, high: 5 },
      assessorsPerBid: 3,
    });
    expect(data.criteria.map((cr) => [cr.name, cr.weight])).toEqual([
      ["Innovation", 35],
      ["Ambition", 35],
      ["Scale", 30],
    ]);
    expect(data.voided).toBe(1);
    expect(data.decisionsExist).toBe(false);
    expect(byId(data.bids, b.id)).toMatchObject({ outstanding: 2, overdue: 1 });
    expect(byId(data.bids, a.id)).toMatchObject({ outstanding: 0, overdue: 0 });
    expect(byId(data.input, c.id).reviews.map((rv) => rv.assessorId)).toEqual([p.id]);
    // The assessor taken off bid c is not among the assessors at all: they hold no current assignment.
    expect(data.assessors.map((x) => x.id).sort()).toEqual([p.id, q.id, r.id, s.id].sort());

    const ranking = rank(data);
    // 35/35/30 weights: a's reviews total 4.05, 3 and 1.35; b's 4; c's 2.
    const rankedA = byId(ranking.bids, a.id);
    expect(rankedA.reviewCount).toBe(3);
    expect(rankedA.total).toBeCloseTo((4.05 + 3 + 1.35) / 3, 10);
    expect(rankedA.spread).toBeCloseTo(2.7, 10);
    expect(rankedA.flagged).toBe(true);
    expect(rankedA.lateReviews).toBe(1);
    expect(byId(ranking.bids, b.id)).toMatchObject({ reviewCount: 1, total: 4, rank: 1 });
    expect(byId(ranking.bids, c.id)).toMatchObject({ reviewCount: 1, total: 2, rank: 3 });
    expect(rankedA.rank).toBe(2);
  });

  it("moves the order when the weights change, and only then", async () => {
    const admin = await createProgrammeAdminActor();
    const { round, criteria, bids, assessors } = await createAssessmentRound({ bids: 2 });
    const [bold, broad] = bids;
    for (const assessor of assessors) {
      // bold is all innovation; broad is all scale.
      await createReview({
        bidId: bold!.id,
        roundId: round.id,
        assessorId: assessor.id,
        criteria,
        scores: [5, 3, 1],
      });
      await createReview({
        bidId: broad!.id,
        roundId: round.id,
        assessorId: assessor.id,
        criteria,
        scores: [1, 3, 5],
      });
    }
    const data = await loadRankingData({ actor: admin, roundId: round.id });
    const [innovation, ambition, scale] = data.criteria.map((cr) => `w-${cr.id}`) as [
      string,
      string,
      string,
    ];
    const order = (params: Record<string, string>) =>
      rank(data, params).bids.map((bid) => bid.bidId);
    expect(order({})).toEqual([bold!.id, broad!.id]);
    expect(order({ [innovation]: "1", [ambition]: "1", [scale]: "100" })).toEqual([
      broad!.id,
      bold!.id,
    ]);
    // A bad weight ranks with the saved weights rather than half a what-if.
    expect(order({ [innovation]: "1", [scale]: "0" })).toEqual([bold!.id, broad!.id]);
  });

  it("answers NOT_FOUND to anyone but a programme admin, and for a round that does not exist", async () => {
    const { round, assessors } = await createAssessmentRound({ bids: 1, assessors: 1 });
    const assessor = await actorFor(assessors[0]!.id);
    const member = await actorFor((await createUser()).id);
    for (const actor of [assessor, member]) {
      expect((await refusal(loadRankingData({ actor, roundId: round.id }))).code).toBe("NOT_FOUND");
    }
    const admin = await createProgrammeAdminActor();
    expect((await refusal(loadRankingData({ actor: admin, roundId: "no-such-round" }))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("saving weights", () => {
  it("saves the weights, moves the version on and audits the change", async () => {
    const admin = await createProgrammeAdminActor();
    const { round } = await createAssessmentRound({ bids: 1, assessors: 1 });
    const data = await loadRankingData({ actor: admin, roundId: round.id });
    const weights = Object.fromEntries(data.criteria.map((cr, i) => [cr.id, [50, 30, 20][i]!]));
    await saveWeights({ actor: admin, roundId: round.id, version: data.round.version, weights });

    const after = await loadRankingData({ actor: admin, roundId: round.id });
    expect(savedWeights(after.criteria).map((w) => w.weight)).toEqual([50, 30, 20]);
    expect(after.round.version).toBe(data.round.version + 1);
    const events = await testDb().auditEvent.findMany({
      where: { entityId: round.id, action: "round.weights_saved" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: admin.id,
      entityType: "FundingRound",
      before: { Innovation: 35, Ambition: 35, Scale: 30 },
      after: { Innovation: 50, Ambition: 30, Scale: 20 },
    });

    // The page it was read from is now out of date.
    const stale = await refusal(
      saveWeights({ actor: admin, roundId: round.id, version: data.round.version, weights }),
    );
    expect(stale.code).toBe("STALE_WRITE");
  });

  it("refuses once a decision has been recorded, and says so on the ranking", async () => {
    const admin = await createProgrammeAdminActor();
    const { round, bids } = await createAssessmentRound({ bids: 2, assessors: 1 });
    await decide({ bidId: bids[0]!.id, decidedById: admin.id });
    const data = await loadRankingData({ actor: admin, roundId: round.id });
    expect(data.decisionsExist).toBe(true);
    const weights = Object.fromEntries(data.criteria.map((cr) => [cr.id, 10]));
    const error = await refusal(
      saveWeights({ actor: admin, roundId: round.id, version: data.round.version, weights }),
    );
    expect(error.code).toBe("INVALID_STATE");
    expect(error.userMessage).toMatch(/decisions have been recorded/);
    const unchanged = await loadRankingData({ actor: admin, roundId: round.id });
    expect(unchanged.criteria.map((cr) => cr.weight)).toEqual([35, 35, 30]);
    expect(
      await testDb().auditEvent.count({
        where: { entityId: round.id, action: "round.weights_saved" },
      }),
    ).toBe(0);
  });

  it("refuses anyone but a programme admin, changing nothing", async () => {
    const { round, assessors, criteria } = await createAssessmentRound({ bids: 1, assessors: 1 });
    const assessor = await actorFor(assessors[0]!.id);
    const weights = Object.fromEntries(criteria.map((cr) => [cr.id, 1]));
    const error = await refusal(
      saveWeights({ actor: assessor, roundId: round.id, version: round.version, weights }),
    );
    expect(error.code).toBe("NOT_FOUND");
    const stored = await testDb().criterion.findMany({
      where: { roundId: round.id },
      orderBy: { position: "asc" },
    });
    expect(stored.map((cr) => cr.weight)).toEqual([35, 35, 30]);
  });
});
