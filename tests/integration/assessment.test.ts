/**
 * Assessment (issue 5): conflicts keep assessors off bids, a declared conflict hides the bid, and
 * before submitting an assessor cannot reach another assessor's scores through any use-case the
 * pages, actions and exports are built on.
 */
import { afterAll, describe, expect, it } from "vitest";
import { assignAssessor } from "@/lib/assessment/assign-assessor";
import { autoAssignAssessors } from "@/lib/assessment/auto-assign-assessors";
import { exportReviews } from "@/lib/assessment/export-reviews";
import { getBidAssessment } from "@/lib/assessment/get-bid-assessment";
import { getReviewForAssessor } from "@/lib/assessment/get-review-for-assessor";
import { getRoundAssessment } from "@/lib/assessment/get-round-assessment";
import { listMyReviewAssignments } from "@/lib/assessment/list-my-review-assignments";
import { reopenReview } from "@/lib/assessment/reopen-review";
import { rationaleField, scoreField } from "@/lib/assessment/review-rules";
import { unassignAssessor } from "@/lib/assessment/unassign-assessor";
import { ReviewInvalid, saveReviewDraft, submitReview } from "@/lib/assessment/write-review";
import { declareConflict } from "@/lib/conflicts/declare-conflict";
import { recordConflict } from "@/lib/conflicts/record-conflict";
import { prisma } from "@/lib/db/prisma";
import { recordDecision } from "@/lib/decisions/record-decision";
import { saveWeights } from "@/lib/rounds/save-weights";
import { loadRankingData } from "@/lib/scoring/load-ranking-data";
import { proposeSelection } from "@/lib/selection/propose-selection";
import {
  createAssessmentRound,
  createOrganisation,
  createPerson,
  createUser,
  testDb,
} from "../factories";
import { actorFor, createProgrammeAdminActor } from "../factories/people";
import { refusal } from "../support/refusal";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

/** An assessor who is (or was) a NED of a trust in `footprintId`. */
async function createConflictedAssessor({
  footprintId,
  endsOn,
}: {
  footprintId: string;
  endsOn?: string;
}) {
  const trust = await createOrganisation({ footprintIds: [footprintId], kind: "TRUST" });
  const person = await createPerson({
    appointments: [{ organisationId: trust.id, role: "NED", startsOn: "2018-04-01", endsOn }],
  });
  const user = await createUser({ roles: ["ASSESSOR"] });
  await testDb().user.update({ where: { id: user.id }, data: { personId: person.id } });
  return { user, trust };
}

function entriesFor(criteria: { id: string }[], scores: number[], note = "Because") {
  return Object.fromEntries(
    criteria.flatMap((c, i) => [
      [scoreField(c.id), String(scores[i])],
      [rationaleField(c.id), `${note} ${i}`],
    ]),
  );
}

describe("conflicts of interest", () => {
  it("never assigns a NED of a trust in the bid's footprint automatically, and refuses it by hand", async () => {
    const admin = await createProgrammeAdminActor();
    const { round, bids, assessors } = await createAssessmentRound({ bids: 2, assessors: 3 });
    const [bid, other] = bids;
    const { user: ned, trust } = await createConflictedAssessor({
      footprintId: bid!.footprintId,
      endsOn: "2022-03-31",
    });
    const panel = [...assessors.map((a) => a.id), ned.id];

    const result = await autoAssignAssessors({
      actor: admin,
      roundId: round.id,
      assessorIds: panel,
    });
    const assigned = await testDb().reviewAssignment.findMany({
      where: { bid: { roundId: round.id }, endedAt: null },
    });
    expect(
      assigned
        .filter((a) => a.bidId === bid!.id)
        .map((a) => a.assessorId)
        .sort(),
    ).toEqual(assessors.map((a) => a.id).sort());
    expect(assigned.some((a) => a.bidId === bid!.id && a.assessorId === ned.id)).toBe(false);
    // The other bid has no conflict: the NED may take it, so it gets its three.
    expect(assigned.filter((a) => a.bidId === other!.id)).toHaveLength(3);
    expect(result.unfilled).toEqual([]);
    expect(result.created).toBe(6);

    const stored = await testDb().conflict.findMany({
      where: { bidId: bid!.id, assessorId: ned.id },
    });
    expect(stored.map((c) => c.type)).toEqual(["APPOINTMENT_IN_FOOTPRINT"]);
    expect(stored[0]!.reason).toContain(trust.name);
    const audits = await testDb().auditEvent.findMany({
      where: { action: { in: ["review.assigned", "conflict.detected"] }, actorId: admin.id },
    });
    expect(audits.filter((a) => a.action === "review.assigned")).toHaveLength(6);
    expect(audits.filter((a) => a.action === "conflict.detected")).toHaveLength(1);

    // By hand: refused with the reason, and nothing assigned.
    await testDb().reviewAssignment.updateMany({
      where: { bidId: bid!.id, assessorId: assessors[0]!.id },
      data: { endedAt: new Date(), endReason: "test" },
    });
    const error = await refusal(
      assignAssessor({ actor: admin, bidId: bid!.id, assessorId: ned.id }),
    );
    expect(error.code).toBe("CONFLICT_OF_INTEREST");
    expect(error.userMessage).toContain(trust.name);
    expect(
      await testDb().reviewAssignment.count({ where: { bidId: bid!.id, assessorId: ned.id } }),
    ).toBe(0);
  });

  it("says which bids it could not fill and why", async () => {
    const admin = await createProgrammeAdminActor();
    const { round, bids, assessors } = await createAssessmentRound({ bids: 1, assessors: 2 });
    const { user: ned } = await createConflictedAssessor({ footprintId: bids[0]!.footprintId });
    const result = await autoAssignAssessors({
      actor: admin,
      roundId: round.id,
      assessorIds: [...assessors.map((a) => a.id), ned.id],
    });
    expect(result.created).toBe(2);
    expect(result.unfilled).toHaveLength(1);
    expect(result.unfilled[0]).toMatchObject({ bidId: bids[0]!.id, missing: 1 });
    expect(result.unfilled[0]!.reason).toMatch(/conflict/i);
  });

  it("balances load and leaves a bid an admin took someone off alone", async () => {
    const admin = await createProgrammeAdminActor();
    const { round, bids, assessors } = await createAssessmentRound({
      bids: 4,
      assessors: 4,
      assessorsPerBid: 2,
    });
    const panel = assessors.map((a) => a.id);
    const first = await autoAssignAssessors({
      actor: admin,
      roundId: round.id,
      assessorIds: panel,
    });
    expect(first.created).toBe(8);
    const loads = await testDb().reviewAssignment.groupBy({
      by: ["assessorId"],
      where: { bid: { roundId: round.id }, endedAt: null },
      _count: true,
    });
    expect(loads.map((l) => l._count)).toEqual([2, 2, 2, 2]);
    // Running again changes nothing.
    expect(
      (await autoAssignAssessors({ actor: admin, roundId: round.id, assessorIds: panel })).created,
    ).toBe(0);

    const assignment = await testDb().reviewAssignment.findFirstOrThrow({
      where: { bidId: bids[0]!.id, endedAt: null },
    });
    await unassignAssessor({ actor: admin, assignmentId: assignment.id, reason: "Workload" });
    const again = await autoAssignAssessors({
      actor: admin,
      roundId: round.id,
      assessorIds: panel,
    });
    expect(again.created).toBe(1);
    expect(
      await testDb().reviewAssignment.count({
        where: { bidId: bids[0]!.id, assessorId: assignment.assessorId, endedAt: null },
      }),
    ).toBe(0);
  });

  it("a declared conflict ends the assignment, hides the bid and tells the programme admins", async () => {
    const admin = await createProgrammeAdminActor();
    const { round, bids, assessors } = await createAssessmentRound({ bids: 1, assessors: 1 });
    const bid = bids[0]!;
    await assignAssessor({ actor: admin, bidId: bid.id, assessorId: assessors[0]!.id });
    const assessor = await actorFor(assessors[0]!.id);
    expect((await listMyReviewAssignments({ actor: assessor })).map((a) => a.bid.id)).toEqual([
      bid.id,
    ]);
    await getReviewForAssessor({ actor: assessor, bidId: bid.id });

    await declareConflict({
      actor: assessor,
      bidId: bid.id,
      reason: "My sister chairs the lead trust",
    });

    expect(await listMyReviewAssignments({ actor: assessor })).toEqual([]);
    expect((await refusal(getReviewForAssessor({ actor: assessor, bidId: bid.id }))).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (await refusal(saveReviewDraft({ actor: assessor, bidId: bid.id, version: 0, raw: {} })))
        .code,
    ).toBe("NOT_FOUND");
    const ended = await testDb().reviewAssignment.findFirstOrThrow({ where: { bidId: bid.id } });
    expect(ended.endedAt).not.toBeNull();
    expect(ended.endReason).toContain("My sister chairs the lead trust");
    const conflict = await testDb().conflict.findFirstOrThrow({
      where: { bidId: bid.id, assessorId: assessor.id },
    });
    expect(conflict.type).toBe("SELF_DECLARED");
    expect(
      await testDb().auditEvent.count({
        where: { action: "conflict.declared", entityId: conflict.id },
      }),
    ).toBe(1);
    expect(
      await testDb().notification.count({ where: { userId: admin.id, kind: "conflict.declared" } }),
    ).toBe(1);
    // It is never assigned again, automatically or by hand.
    expect(
      (await autoAssignAssessors({ actor: admin, roundId: round.id, assessorIds: [assessor.id] }))
        .created,
    ).toBe(0);
    expect(
      (await refusal(assignAssessor({ actor: admin, bidId: bid.id, assessorId: assessor.id })))
        .code,
    ).toBe("CONFLICT_OF_INTEREST");
  });

  it("hides a bid from an assessor whose registers show a conflict after they were assigned", async () => {
    const admin = await createProgrammeAdminActor();
    const { bids, assessors } = await createAssessmentRound({ bids: 1, assessors: 1 });
    const bid = bids[0]!;
    await assignAssessor({ actor: admin, bidId: bid.id, assessorId: assessors[0]!.id });
    const person = await createPerson();
    await testDb().user.update({ where: { id: assessors[0]!.id }, data: { personId: person.id } });
    await testDb().declaration.create({
      data: {
        personId: person.id,
        type: "NON_FINANCIAL_PERSONAL",
        organisationId: bid.organisation.id,
        description: "Volunteer governor",
        startsOn: new Date("2026-01-01"),
      },
    });
    const assessor = await actorFor(assessors[0]!.id);
    expect(await listMyReviewAssignments({ actor: assessor })).toEqual([]);
    expect((await refusal(getReviewForAssessor({ actor: assessor, bidId: bid.id }))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("independence: before submitting, an assessor cannot obtain another's scores", () => {
  it("through the review page, the list, the actions, the ranking, the admin pages or the export", async () => {
    const admin = await createProgrammeAdminActor();
    const { round, bids, assessors, criteria } = await createAssessmentRound({
      bids: 1,
      assessors: 2,
    });
    const bid = bids[0]!;
    for (const a of assessors)
      await assignAssessor({ actor: admin, bidId: bid.id, assessorId: a.id });
    const [a, b] = await Promise.all(assessors.map((x) => actorFor(x.id)));
    const secret = "B-SECRET-RATIONALE";

    // B scores and submits.
    const bDraft = await saveReviewDraft({
      actor: b!,
      bidId: bid.id,
      version: 0,
      raw: entriesFor(criteria, [5, 1, 4], secret),
    });
    await submitReview({ actor: b!, bidId: bid.id, version: bDraft.version });
    const bReview = await testDb().review.findFirstOrThrow({ where: { assessorId: b!.id } });

    const leaks = (value: unknown) => {
      const text = JSON.stringify(value);
      return text.includes(secret) || text.includes(bReview.id);
    };

    // A, not started: the page's data has no other reviews.
    const before = await getReviewForAssessor({ actor: a!, bidId: bid.id });
    expect(before.others).toBeNull();
    expect(leaks(before)).toBe(false);
    expect(leaks(await listMyReviewAssignments({ actor: a! }))).toBe(false);

    // A saves a draft: what the action returns carries nothing of B's.
    const aDraft = await saveReviewDraft({
      actor: a!,
      bidId: bid.id,
      version: 0,
      raw: entriesFor(criteria, [3, 3, 3]),
    });
    expect(leaks(aDraft)).toBe(false);
    const during = await getReviewForAssessor({ actor: a!, bidId: bid.id });
    expect(during.others).toBeNull();
    expect(leaks(during)).toBe(false);

    // Everything that shows all reviews is for programme admins alone.
    for (const work of [
      exportReviews({ actor: a!, roundId: round.id }),
      loadRankingData({ actor: a!, roundId: round.id }),
      getRoundAssessment({ actor: a!, roundId: round.id }),
      getBidAssessment({ actor: a!, roundId: round.id, bidId: bid.id }),
      reopenReview({ actor: a!, reviewId: bReview.id, reason: "peek" }),
    ])
      expect((await refusal(work)).code).toBe("NOT_FOUND");

    // After A submits, B's review is there.
    await submitReview({ actor: a!, bidId: bid.id, version: aDraft.version });
    const after = await getReviewForAssessor({ actor: a!, bidId: bid.id });
    expect(after.others).toHaveLength(1);
    expect(leaks(after)).toBe(true);

    // Reopened, A is back to not seeing it.
    const aReview = await testDb().review.findFirstOrThrow({ where: { assessorId: a!.id } });
    await reopenReview({
      actor: admin,
      reviewId: aReview.id,
      reason: "Please look again at scale",
    });
    const reopened = await getReviewForAssessor({ actor: a!, bidId: bid.id });
    expect(reopened.others).toBeNull();
    expect(leaks(reopened)).toBe(false);
  });
});

describe("scoring", () => {
  it("keeps drafts as typed, refuses an incomplete or stale submission, locks once submitted, and submits once", async () => {
    const admin = await createProgrammeAdminActor();
    const { bids, assessors, criteria } = await createAssessmentRound({ bids: 1, assessors: 1 });
    const bid = bids[0]!;
    await assignAssessor({ actor: admin, bidId: bid.id, assessorId: assessors[0]!.id });
    const assessor = await actorFor(assessors[0]!.id);

    const partial = await saveReviewDraft({
      actor: assessor,
      bidId: bid.id,
      version: 0,
      raw: { [scoreField(criteria[0]!.id)]: "4", [rationaleField(criteria[1]!.id)]: "Half done" },
    });
    expect(Object.keys(partial.missing!).sort()).toEqual(
      [
        rationaleField(criteria[0]!.id),
        scoreField(criteria[1]!.id),
        scoreField(criteria[2]!.id),
        rationaleField(criteria[2]!.id),
      ].sort(),
    );
    const page = await getReviewForAssessor({ actor: assessor, bidId: bid.id });
    expect(page.entries[criteria[0]!.id]).toEqual({ score: 4, rationale: "" });
    expect(page.entries[criteria[1]!.id]).toEqual({ score: null, rationale: "Half done" });

    // A score off the scale is refused, and nothing changes.
    const offScale = await saveReviewDraft({
      actor: assessor,
      bidId: bid.id,
      version: partial.version,
      raw: { [scoreField(criteria[0]!.id)]: "9" },
    }).catch((e: unknown) => e);
    expect(offScale).toBeInstanceOf(ReviewInvalid);
    expect((offScale as ReviewInvalid).fieldErrors[scoreField(criteria[0]!.id)]).toMatch(/1 to 5/);

    // Submitting the incomplete draft is refused.
    await expect(
      submitReview({ actor: assessor, bidId: bid.id, version: partial.version }),
    ).rejects.toBeInstanceOf(ReviewInvalid);
    // A save from a stale page is refused.
    expect(
      (await refusal(saveReviewDraft({ actor: assessor, bidId: bid.id, version: 0, raw: {} })))
        .code,
    ).toBe("STALE_WRITE");

    const full = await saveReviewDraft({
      actor: assessor,
      bidId: bid.id,
      version: partial.version,
      raw: entriesFor(criteria, [4, 3, 5]),
    });
    expect(full.missing).toEqual({});
    const submitted = await submitReview({ actor: assessor, bidId: bid.id, version: full.version });
    // The double click: the same version again finds it submitted and changes nothing.
    const second = await submitReview({ actor: assessor, bidId: bid.id, version: full.version });
    expect(second.alreadySubmitted).toBe(true);
    expect(second.version).toBe(submitted.version);
    expect(
      await testDb().auditEvent.count({
        where: { action: "review.submitted", entityId: submitted.reviewId },
      }),
    ).toBe(1);
    const scores = await testDb().criterionScore.findMany({
      where: { reviewId: submitted.reviewId },
    });
    expect(scores.map((s) => s.score).sort()).toEqual([3, 4, 5]);

    // Locked.
    expect(
      (
        await refusal(
          saveReviewDraft({ actor: assessor, bidId: bid.id, version: submitted.version, raw: {} }),
        )
      ).code,
    ).toBe("INVALID_STATE");
    // Only an admin reopens, with a reason that is audited; the scores come back as the draft.
    await reopenReview({
      actor: admin,
      reviewId: submitted.reviewId,
      reason: "Check the scale score",
    });
    const reopened = await getReviewForAssessor({ actor: assessor, bidId: bid.id });
    expect(reopened.review?.state).toBe("DRAFT");
    expect(reopened.entries[criteria[2]!.id]?.score).toBe(5);
    const audit = await testDb().auditEvent.findFirstOrThrow({
      where: { action: "review.reopened", entityId: submitted.reviewId },
    });
    expect(audit.reason).toBe("Check the scale score");
  });

  it("refuses scoring before the assessment starts", async () => {
    const admin = await createProgrammeAdminActor();
    const { bids, assessors } = await createAssessmentRound({
      bids: 1,
      assessors: 1,
      state: "CLOSED",
    });
    await assignAssessor({ actor: admin, bidId: bids[0]!.id, assessorId: assessors[0]!.id });
    const assessor = await actorFor(assessors[0]!.id);
    expect(
      (await refusal(saveReviewDraft({ actor: assessor, bidId: bids[0]!.id, version: 0, raw: {} })))
        .code,
    ).toBe("INVALID_STATE");
  });
});

describe("every role against every assessment use-case", () => {
  it("refuses all but programme admins the admin use-cases, and all but assessors the assessor ones, as not found", async () => {
    const { round, bids, assessors, criteria } = await createAssessmentRound({
      bids: 1,
      assessors: 1,
    });
    const bid = bids[0]!;
    const admin = await createProgrammeAdminActor();
    await assignAssessor({ actor: admin, bidId: bid.id, assessorId: assessors[0]!.id });
    const review = await saveReviewDraft({
      actor: await actorFor(assessors[0]!.id),
      bidId: bid.id,
      version: 0,
      raw: entriesFor(criteria, [3, 3, 3]),
    });
    const assignment = await testDb().reviewAssignment.findFirstOrThrow({
      where: { bidId: bid.id },
    });
    const member = await actorFor((await createUser({ roles: ["MEMBER"] })).id);
    const boardAdmin = await actorFor(
      (await createUser({ roles: ["MEMBER"], boardFootprintIds: [bid.footprintId] })).id,
    );
    const lead = await actorFor(bid.lead.id);
    const otherAssessor = await actorFor((await createUser({ roles: ["ASSESSOR"] })).id);

    const adminOnly = (actor: Awaited<ReturnType<typeof actorFor>>) => [
      () => assignAssessor({ actor, bidId: bid.id, assessorId: assessors[0]!.id }),
      () => autoAssignAssessors({ actor, roundId: round.id }),
      () => unassignAssessor({ actor, assignmentId: assignment.id, reason: "x" }),
      () => reopenReview({ actor, reviewId: review.reviewId, reason: "x" }),
      () => getRoundAssessment({ actor, roundId: round.id }),
      () => getBidAssessment({ actor, roundId: round.id, bidId: bid.id }),
      () => exportReviews({ actor, roundId: round.id }),
      () => loadRankingData({ actor, roundId: round.id }),
      () => recordConflict({ actor, bidId: bid.id, assessorId: assessors[0]!.id, reason: "x" }),
      () => saveWeights({ actor, roundId: round.id, version: 1, weights: {} }),
      () => proposeSelection({ actor, roundId: round.id }),
      () =>
        recordDecision({
          actor,
          decision: {
            bidId: bid.id,
            outcome: "DECLINED",
            amountAwardedPence: 0,
            rationale: "x",
            version: 0,
          },
        }),
    ];
    const assessorOnly = (actor: Awaited<ReturnType<typeof actorFor>>) => [
      () => getReviewForAssessor({ actor, bidId: bid.id }),
      () => saveReviewDraft({ actor, bidId: bid.id, version: 0, raw: {} }),
      () => submitReview({ actor, bidId: bid.id, version: 1 }),
      () => declareConflict({ actor, bidId: bid.id, reason: "x" }),
    ];
    for (const actor of [member, boardAdmin, lead, otherAssessor])
      for (const work of adminOnly(actor)) expect((await refusal(work())).code).toBe("NOT_FOUND");
    // Not assigned to the bid, an assessor is as much a stranger as anyone else.
    for (const actor of [member, boardAdmin, lead, otherAssessor, admin])
      for (const work of assessorOnly(actor))
        expect((await refusal(work())).code).toBe("NOT_FOUND");
    expect(await listMyReviewAssignments({ actor: member })).toEqual([]);
    // Nothing changed.
    expect(await testDb().reviewAssignment.count({ where: { bidId: bid.id } })).toBe(1);
    expect(await testDb().conflict.count({ where: { bidId: bid.id } })).toBe(0);
    expect(await testDb().decision.count({ where: { bidId: bid.id } })).toBe(0);
  });
});
