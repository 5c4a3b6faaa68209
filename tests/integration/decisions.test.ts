/**
 * Selection, decisions and publication (issue 5): the proposal respects the round's limits, the
 * decisions are recorded and audited within them, and publishing shows the pilot sites and makes
 * their networks pilots.
 */
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { listPublishedPilots } from "@/lib/decisions/list-published-pilots";
import { recordDecision } from "@/lib/decisions/record-decision";
import { recordProposedDecisions } from "@/lib/decisions/record-proposed-decisions";
import { changeRoundState } from "@/lib/rounds/save-round";
import { saveWeights } from "@/lib/rounds/save-weights";
import { proposeSelection } from "@/lib/selection/propose-selection";
import { createAssessmentRound, createReview, testDb } from "../factories";
import { actorFor, createNetwork, createProgrammeAdminActor } from "../factories/people";
import { refusal } from "../support/refusal";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

/** Nine scored bids in three regions; bid i scores roughly 5 - i/3 and asks for £40k–£80k. */
async function createScoredRound() {
  const amounts = [
    8_000_000, 4_000_000, 7_000_000, 4_500_000, 6_000_000, 4_000_000, 5_000_000, 4_000_000,
    3_000_000,
  ];
  const fixture = await createAssessmentRound({ bids: 9, assessors: 3, regions: 3, amounts });
  const scoreRows = [
    [5, 5, 5],
    [5, 5, 4],
    [5, 4, 4],
    [4, 4, 4],
    [4, 4, 3],
    [4, 3, 3],
    [3, 3, 3],
    [3, 3, 2],
    [2, 2, 2],
  ];
  for (const [i, bid] of fixture.bids.entries())
    for (const assessor of fixture.assessors)
      await createReview({
        bidId: bid.id,
        roundId: fixture.round.id,
        assessorId: assessor.id,
        criteria: fixture.criteria,
        scores: scoreRows[i]!,
      });
  return fixture;
}

describe("selection and decisions", () => {
  it("proposes within places and budget, records decisions with audit, and publishes the pilots", async () => {
    const admin = await createProgrammeAdminActor();
    const { round, bids, criteria } = await createScoredRound();
    const network = await createNetwork({ footprintId: bids[1]!.footprintId, status: "PROPOSED" });

    const proposal = await proposeSelection({ actor: admin, roundId: round.id });
    expect(proposal.selection.selected.length).toBeLessThanOrEqual(7);
    expect(proposal.selection.totalCostPence).toBeLessThanOrEqual(35_000_000);
    // Greedy by score would take bid 0 (£80k) and bid 2 (£70k) early; the exact proposal says why
    // each bid is left out.
    for (const row of proposal.rows.filter((r) => !r.proposed)) expect(row.reason).toBeTruthy();
    // With at most one per region, three are proposed at most.
    const capped = await proposeSelection({ actor: admin, roundId: round.id, regionCap: 1 });
    expect(capped.selection.selected.length).toBeLessThanOrEqual(3);

    expect(await listPublishedPilots({ roundId: round.id })).toEqual([]);
    await recordProposedDecisions({
      actor: admin,
      roundId: round.id,
      basis: "total",
      regionCap: null,
      note: "Panel of 23 November",
    });
    const decisions = await testDb().decision.findMany({ where: { bid: { roundId: round.id } } });
    expect(decisions).toHaveLength(9);
    const funded = decisions.filter((d) => d.outcome === "FUNDED");
    expect(funded.map((d) => d.bidId).sort()).toEqual([...proposal.selection.selected].sort());
    expect(decisions.every((d) => d.rationale.startsWith("Panel of 23 November."))).toBe(true);
    expect(
      await testDb().auditEvent.count({
        where: { action: "decision.recorded", entityId: { in: decisions.map((d) => d.id) } },
      }),
    ).toBe(9);
    // Once is enough; after that, bid by bid.
    expect(
      (
        await refusal(
          recordProposedDecisions({
            actor: admin,
            roundId: round.id,
            basis: "total",
            regionCap: null,
            note: "Again",
          }),
        )
      ).code,
    ).toBe("INVALID_STATE");

    // Weights are fixed once decisions exist.
    const fresh = await testDb().fundingRound.findUniqueOrThrow({ where: { id: round.id } });
    expect(
      (
        await refusal(
          saveWeights({
            actor: admin,
            roundId: round.id,
            version: fresh.version,
            weights: Object.fromEntries(criteria.map((c) => [c.id, 10])),
          }),
        )
      ).code,
    ).toBe("INVALID_STATE");

    // A change that breaks the limits is refused; one within them is audited.
    const declined = decisions.find((d) => d.outcome === "DECLINED")!;
    const tooMuch = await refusal(
      recordDecision({
        actor: admin,
        decision: {
          bidId: declined.bidId,
          outcome: "FUNDED",
          amountAwardedPence: 35_000_000,
          rationale: "Over budget",
          version: declined.version,
        },
      }),
    );
    expect(tooMuch.userMessage).toMatch(/more than the bid asked for|budget|places/);
    const someFunded = funded[0]!;
    const requested = bids.find((b) => b.id === someFunded.bidId)!.amountRequestedPence;
    await recordDecision({
      actor: admin,
      decision: {
        bidId: someFunded.bidId,
        outcome: "FUNDED",
        amountAwardedPence: requested - 500_000,
        rationale: "Funded with £5,000 less: the events line is covered elsewhere",
        version: someFunded.version,
      },
    });
    expect(
      await testDb().auditEvent.count({
        where: { action: "decision.changed", entityId: someFunded.id },
      }),
    ).toBe(1);
    // A stale version is refused.
    expect(
      (
        await refusal(
          recordDecision({
            actor: admin,
            decision: {
              bidId: someFunded.bidId,
              outcome: "DECLINED",
              amountAwardedPence: 0,
              rationale: "Stale",
              version: someFunded.version,
            },
          }),
        )
      ).code,
    ).toBe("STALE_WRITE");

    // Decided, then published.
    let current = await testDb().fundingRound.findUniqueOrThrow({ where: { id: round.id } });
    await changeRoundState({
      actor: admin,
      roundId: round.id,
      to: "DECIDED",
      version: current.version,
    });
    current = await testDb().fundingRound.findUniqueOrThrow({ where: { id: round.id } });
    await changeRoundState({
      actor: admin,
      roundId: round.id,
      to: "PUBLISHED",
      version: current.version,
    });

    const states = await testDb().bid.findMany({
      where: { roundId: round.id },
      select: { id: true, state: true },
    });
    const fundedIds = new Set(funded.map((d) => d.bidId));
    for (const b of states) expect(b.state).toBe(fundedIds.has(b.id) ? "FUNDED" : "DECLINED");
    const pilots = await listPublishedPilots({ roundId: round.id });
    expect(pilots.map((p) => p.id).sort()).toEqual([...fundedIds].sort());
    for (const pilot of pilots) expect(pilot.footprint.networks.length).toBeGreaterThan(0);
    if (fundedIds.has(bids[1]!.id))
      expect((await testDb().network.findUniqueOrThrow({ where: { id: network.id } })).status).toBe(
        "PILOT",
      );
    expect(
      await testDb().auditEvent.count({ where: { action: "round.published", entityId: round.id } }),
    ).toBe(1);
  });

  it("will not mark a round decided while a bid has no decision, and refuses everyone but programme admins", async () => {
    const admin = await createProgrammeAdminActor();
    const { round, assessors } = await createScoredRound();
    const current = await testDb().fundingRound.findUniqueOrThrow({ where: { id: round.id } });
    expect(
      (
        await refusal(
          changeRoundState({
            actor: admin,
            roundId: round.id,
            to: "DECIDED",
            version: current.version,
          }),
        )
      ).userMessage,
    ).toMatch(/9 assessed bids have no decision yet/);
    const assessor = await actorFor(assessors[0]!.id);
    expect((await refusal(proposeSelection({ actor: assessor, roundId: round.id }))).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (
        await refusal(
          recordProposedDecisions({
            actor: assessor,
            roundId: round.id,
            basis: "total",
            regionCap: null,
            note: "x",
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });
});
