import { afterAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { handleSaveCriteria, handleSaveRound } from "@/lib/rounds/round-forms";
import { changeRoundState, saveScale } from "@/lib/rounds/save-round";
import {
  createBid,
  createFootprint,
  createMemberIn,
  createRound,
  createUser,
  testDb,
  unique,
} from "../factories";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

async function admin(): Promise<Actor> {
  return (await loadActor({ userId: (await createUser({ roles: ["PROGRAMME_ADMIN"] })).id }))!;
}

const fields = (slug: string) => ({
  title: "Pilot sites 2027",
  slug,
  description: "What it funds",
  eligibility: "Who can bid",
  opensAt: "2027-03-01T09:00",
  closesAt: "2027-06-30T12:00",
  budget: "350,000",
  pilotPlaces: "7",
  assessorsPerBid: "3",
  disagreementThreshold: "1.5",
});

describe("round administration", () => {
  it("creates a draft round from UK times, with the default criteria, and audits it", async () => {
    const actor = await admin();
    const slug = unique("round");
    const result = await handleSaveRound({ actor, raw: fields(slug) });
    expect(result).toMatchObject({ ok: true });
    const round = await testDb().fundingRound.findUniqueOrThrow({
      where: { slug },
      include: { criteria: { orderBy: { position: "asc" } } },
    });
    // 9am GMT on 1 March; midday BST on 30 June is 11:00 UTC.
    expect(round.opensAt.toISOString()).toBe("2027-03-01T09:00:00.000Z");
    expect(round.closesAt.toISOString()).toBe("2027-06-30T11:00:00.000Z");
    expect(round.budgetPence).toBe(35_000_000);
    expect(round.state).toBe("DRAFT");
    expect(round.criteria.map((c) => [c.name, c.weight])).toEqual([
      ["Innovation", 35],
      ["Ambition", 35],
      ["Scale", 30],
    ]);
    expect(
      await testDb().auditEvent.count({ where: { entityId: round.id, action: "round.created" } }),
    ).toBe(1);
  });

  it("refuses times that do not exist or happen twice at the clock changes, and a member", async () => {
    const actor = await admin();
    const spring = await handleSaveRound({
      actor,
      raw: { ...fields(unique("r")), opensAt: "2027-03-28T01:30" },
    });
    expect(spring).toMatchObject({
      fieldErrors: { opensAt: expect.stringMatching(/does not exist/) },
    });
    const autumn = await handleSaveRound({
      actor,
      raw: { ...fields(unique("r")), closesAt: "2027-10-31T01:30" },
    });
    expect(autumn).toMatchObject({
      fieldErrors: { closesAt: expect.stringMatching(/happens twice/) },
    });
    const member = (await loadActor({ userId: (await createUser()).id }))!;
    expect(await handleSaveRound({ actor: member, raw: fields(unique("r")) })).toMatchObject({
      formError: "Not found",
    });
  });

  it("opens only with criteria and a scale, and closes only at the closing time", async () => {
    const actor = await admin();
    const round = await createRound({
      state: "DRAFT",
      closesAt: new Date("2027-01-29T12:00:00Z"),
    });
    const now = new Date("2026-12-01T12:00:00Z");
    await expect(
      changeRoundState({ actor, roundId: round.id, to: "OPEN", version: 1, now }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/scoring scale/) });
    await saveScale({
      actor,
      roundId: round.id,
      points: [1, 2, 3].map((value) => ({ value, label: `L${value}`, descriptor: `D${value}` })),
    });
    await changeRoundState({ actor, roundId: round.id, to: "OPEN", version: 2, now });
    await expect(
      changeRoundState({ actor, roundId: round.id, to: "CLOSED", version: 3, now }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    await changeRoundState({
      actor,
      roundId: round.id,
      to: "CLOSED",
      version: 3,
      now: new Date("2027-01-29T12:00:00Z"),
    });
    const after = await testDb().fundingRound.findUniqueOrThrow({ where: { id: round.id } });
    expect(after.state).toBe("CLOSED");
    const events = await testDb().auditEvent.findMany({
      where: { entityId: round.id, action: "round.state_changed" },
    });
    expect(events).toHaveLength(2);
  });

  it("freezes criteria and weights once a review exists", async () => {
    const actor = await admin();
    const round = await createRound();
    const raw = { roundId: round.id, "name-0": "Innovation", "guidance-0": "", "weight-0": "100" };
    expect(await handleSaveCriteria({ actor, raw })).toMatchObject({ ok: true });
    const footprint = await createFootprint();
    const lead = await createMemberIn({ footprintId: footprint.id });
    const bid = await createBid({
      roundId: round.id,
      footprintId: footprint.id,
      leadUserId: lead.id,
    });
    const assessor = await createUser({ roles: ["ASSESSOR"] });
    const assignment = await testDb().reviewAssignment.create({
      data: { bidId: bid.id, assessorId: assessor.id },
    });
    await testDb().review.create({
      data: {
        assignmentId: assignment.id,
        bidId: bid.id,
        roundId: round.id,
        assessorId: assessor.id,
      },
    });
    expect(await handleSaveCriteria({ actor, raw: { ...raw, "weight-0": "50" } })).toMatchObject({
      formError: expect.stringMatching(/frozen/),
    });
    const criteria = await testDb().criterion.findMany({ where: { roundId: round.id } });
    expect(criteria.map((c) => c.weight)).toEqual([100]);
  });
});
