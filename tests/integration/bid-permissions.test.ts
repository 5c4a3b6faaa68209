/**
 * Every role against every bid and round use-case: who is refused, and that a refusal is the same
 * NOT_FOUND as for a record that does not exist (docs: a record the actor may not see answers 404).
 */
import { afterAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/session";
import { addCoAuthor } from "@/lib/bids/add-co-author";
import { getBid } from "@/lib/bids/get-bid";
import { listBidsForAdmin } from "@/lib/bids/list-bids-for-admin";
import { saveBudget } from "@/lib/bids/save-budget";
import { savePartners } from "@/lib/bids/save-partners";
import { saveSection } from "@/lib/bids/save-section";
import { submitBid } from "@/lib/bids/submit-bid";
import { withdrawBid } from "@/lib/bids/withdraw-bid";
import { prisma } from "@/lib/db/prisma";
import { changeRoundState, saveCriteria } from "@/lib/rounds/save-round";
import {
  createBid,
  createFootprint,
  createMemberIn,
  createRound,
  createUser,
  testDb,
} from "../factories";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

async function actor(userId: string): Promise<Actor> {
  return (await loadActor({ userId }))!;
}

type Case = {
  name: string;
  run: (a: Actor, ids: { bidId: string; roundId: string }) => Promise<unknown>;
};

const BID_WRITES: Case[] = [
  {
    name: "saveSection",
    run: (a, { bidId }) => saveSection({ actor: a, bidId, key: "SCALE", body: "x", version: 1 }),
  },
  {
    name: "saveBudget",
    run: (a, { bidId }) =>
      saveBudget({ actor: a, bidId, version: 1, amountRequestedPence: 1, lines: [] }),
  },
  {
    name: "savePartners",
    run: (a, { bidId }) => savePartners({ actor: a, bidId, version: 1, organisationIds: [] }),
  },
  {
    name: "addCoAuthor",
    run: (a, { bidId }) => addCoAuthor({ actor: a, bidId, email: "nobody@example.test" }),
  },
  {
    name: "submitBid",
    run: (a, { bidId }) => submitBid({ actor: a, bidId, declarationAccepted: true }),
  },
  { name: "withdrawBid", run: (a, { bidId }) => withdrawBid({ actor: a, bidId }) },
];

const ADMIN_ONLY: Case[] = [
  { name: "listBidsForAdmin", run: (a) => listBidsForAdmin({ actor: a }) },
  {
    name: "saveCriteria",
    run: (a, { roundId }) =>
      saveCriteria({ actor: a, roundId, criteria: [{ name: "X", guidance: "", weight: 1 }] }),
  },
  {
    name: "changeRoundState",
    run: (a, { roundId }) => changeRoundState({ actor: a, roundId, to: "CLOSED", version: 1 }),
  },
];

async function setUp() {
  const footprint = await createFootprint();
  const lead = await createMemberIn({ footprintId: footprint.id });
  const round = await createRound();
  const bid = await createBid({
    roundId: round.id,
    footprintId: footprint.id,
    leadUserId: lead.id,
  });
  const outsiderFootprint = await createFootprint();
  const roles: Record<string, Actor> = {
    "member of another footprint": await actor(
      (await createMemberIn({ footprintId: outsiderFootprint.id })).id,
    ),
    "member of the footprint, not on the bid": await actor(
      (await createMemberIn({ footprintId: footprint.id })).id,
    ),
    assessor: await actor((await createUser({ roles: ["ASSESSOR"] })).id),
    "board admin of the footprint": await actor(
      (await createUser({ roles: [], boardFootprintIds: [footprint.id] })).id,
    ),
    "programme admin": await actor((await createUser({ roles: ["PROGRAMME_ADMIN"] })).id),
  };
  return { ids: { bidId: bid.id, roundId: round.id }, roles };
}

describe("refusals", () => {
  it("nobody but the bid's authors may change it, and only they and programme admins read it", async () => {
    const { ids, roles } = await setUp();
    for (const [role, a] of Object.entries(roles)) {
      for (const useCase of BID_WRITES) {
        await expect(useCase.run(a, ids), `${role} → ${useCase.name}`).rejects.toMatchObject({
          code: "NOT_FOUND",
        });
      }
      const read = getBid({ actor: a, bidId: ids.bidId });
      if (role === "programme admin") await expect(read).resolves.toMatchObject({ canEdit: false });
      else await expect(read, `${role} → getBid`).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(
      await testDb().auditEvent.count({ where: { entityType: "Bid", entityId: ids.bidId } }),
    ).toBe(0);
  });

  it("round administration and the bid list are for programme admins only", async () => {
    const { ids, roles } = await setUp();
    for (const [role, a] of Object.entries(roles)) {
      if (role === "programme admin") continue;
      for (const useCase of ADMIN_ONLY) {
        await expect(useCase.run(a, ids), `${role} → ${useCase.name}`).rejects.toMatchObject({
          code: "NOT_FOUND",
        });
      }
    }
    await expect(listBidsForAdmin({ actor: roles["programme admin"]! })).resolves.toEqual(
      expect.arrayContaining([expect.objectContaining({ id: ids.bidId })]),
    );
  });
});
