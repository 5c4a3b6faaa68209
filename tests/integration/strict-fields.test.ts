/**
 * Issue 10, items 3 and 4, through the real form handlers and use-cases: numbers are digits only
 * and anything else is a field error with nothing written; a malformed score never clears one
 * already saved; an edit without its version is refused.
 */
import { afterAll, describe, expect, it } from "vitest";
import { rationaleField, scoreField } from "@/lib/assessment/review-rules";
import { ReviewInvalid, saveReviewDraft } from "@/lib/assessment/write-review";
import { saveWorkstream } from "@/lib/assignments/save-workstream";
import { ZSaveWorkstream, ZSetLeadCap } from "@/lib/assignments/schemas";
import { loadActor } from "@/lib/auth/session";
import { handleSaveBudget } from "@/lib/bids/bid-forms";
import { prisma } from "@/lib/db/prisma";
import { ZDeclaration } from "@/lib/declarations/declaration-schema";
import { updateNetwork } from "@/lib/networks/update-network";
import { ZNetwork } from "@/lib/networks/network-schema";
import { handleSaveRound } from "@/lib/rounds/round-forms";
import { toLondonLocal } from "@/lib/rounds/london-time";
import {
  createAssessmentRound,
  createBid,
  createFootprint,
  createMemberIn,
  createReview,
  createRound,
  createWorkstream,
  testDb,
} from "../factories";
import {
  createBoardAdminActor,
  createNetwork,
  createProgrammeAdminActor,
} from "../factories/people";
import { refusal } from "../support/refusal";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

const NOT_NUMBERS = ["0x10", "1e1", "Infinity", "1e309", " 5", "05", "+5", "-5", "５", "5\u0000"];
/** Not a whole number either (an amount of money or a threshold may have decimals). */
const NOT_DIGITS = [...NOT_NUMBERS, "5.0"];

describe("numbers are digits only", () => {
  it("a round's places, assessors per bid and budget: a field error each, the round unchanged", async () => {
    const actor = await createProgrammeAdminActor();
    const round = await createRound({ state: "DRAFT" });
    const valid = {
      roundId: round.id,
      version: String(round.version),
      title: round.title,
      slug: round.slug,
      description: round.description,
      eligibility: "",
      opensAt: toLondonLocal(round.opensAt),
      closesAt: toLondonLocal(round.closesAt),
      budget: "350000",
      pilotPlaces: "7",
      assessorsPerBid: "3",
      disagreementThreshold: "1.5",
    };
    for (const field of ["pilotPlaces", "assessorsPerBid", "budget", "disagreementThreshold"])
      for (const value of field === "pilotPlaces" || field === "assessorsPerBid"
        ? NOT_DIGITS
        : NOT_NUMBERS) {
        const result = await handleSaveRound({ actor, raw: { ...valid, [field]: value } });
        expect(
          "fieldErrors" in result && result.fieldErrors?.[field],
          `${field}=${value}`,
        ).toBeTruthy();
      }
    const after = await testDb().fundingRound.findUniqueOrThrow({ where: { id: round.id } });
    expect(after.version).toBe(round.version);
    expect(after.pilotPlaces).toBe(round.pilotPlaces);
    // And the valid form still saves.
    const saved = await handleSaveRound({ actor, raw: valid });
    expect(saved).toEqual({ ok: true, roundId: round.id });
  });

  it("a budget line", async () => {
    const footprint = await createFootprint();
    const lead = await createMemberIn({ footprintId: footprint.id });
    const round = await createRound();
    const bid = await createBid({
      roundId: round.id,
      footprintId: footprint.id,
      leadUserId: lead.id,
    });
    const actor = (await loadActor({ userId: lead.id }))!;
    for (const value of NOT_NUMBERS) {
      const result = await handleSaveBudget({
        actor,
        raw: { bidId: bid.id, version: "1", amount: value, "description-0": "x", "amount-0": "1" },
      });
      expect("fieldErrors" in result && result.fieldErrors?.amount, value).toBeTruthy();
    }
    expect(await testDb().budgetLine.count({ where: { bidId: bid.id } })).toBe(0);
  });

  it("the other schemas refuse them too", () => {
    for (const value of NOT_DIGITS) {
      expect(ZSetLeadCap.safeParse({ footprintId: "fp", leadCap: value }).success, value).toBe(
        false,
      );
    }
  });
});

describe("a malformed score in a review draft", () => {
  it("is refused, and the score already saved stays", async () => {
    const { round, criteria, bids, assessors } = await createAssessmentRound({
      bids: 1,
      assessors: 1,
    });
    const bid = bids[0]!;
    const assessor = (await loadActor({ userId: assessors[0]!.id }))!;
    await createReview({
      bidId: bid.id,
      roundId: round.id,
      assessorId: assessors[0]!.id,
      criteria,
    });
    const first = criteria[0]!;
    const saved = await saveReviewDraft({
      actor: assessor,
      bidId: bid.id,
      version: 0,
      raw: { [scoreField(first.id)]: "3", [rationaleField(first.id)]: "Good" },
    });
    for (const value of [...NOT_DIGITS, "99"]) {
      const error = await saveReviewDraft({
        actor: assessor,
        bidId: bid.id,
        version: saved.version,
        raw: { [scoreField(first.id)]: value, [rationaleField(first.id)]: "Good" },
      }).catch((e: unknown) => e);
      expect(error, value).toBeInstanceOf(ReviewInvalid);
    }
    const review = await testDb().review.findFirstOrThrow({
      where: { bidId: bid.id, assessorId: assessor.id },
    });
    expect(review.version).toBe(saved.version);
    expect(
      (review.draft as { scores: Record<string, { score: number }> }).scores[first.id]!.score,
    ).toBe(3);
  });
});

describe("an edit without its version", () => {
  it("is refused by the schema and by the use-case", async () => {
    expect(
      ZSaveWorkstream.safeParse({ footprintId: "fp", id: "ws1", name: "A", status: "ACTIVE" })
        .success,
    ).toBe(false);
    expect(
      ZNetwork.safeParse({ id: "n1", footprintId: "fp", name: "A", purpose: "B", status: "PILOT" })
        .success,
    ).toBe(false);
    expect(
      ZDeclaration.safeParse({
        id: "d1",
        type: "FINANCIAL",
        partyName: "x",
        description: "x",
        startsOn: "2026-01-01",
      }).success,
    ).toBe(false);

    const footprint = await createFootprint();
    const { actor } = await createBoardAdminActor({ footprintId: footprint.id });
    const workstream = await createWorkstream({ footprintId: footprint.id });
    const refused = await refusal(
      saveWorkstream({
        actor,
        input: {
          id: workstream.id,
          footprintId: footprint.id,
          name: "Renamed",
          description: "",
          status: "ACTIVE",
          skillIds: [],
        },
      }),
    );
    expect(refused.code).toBe("STALE_WRITE");
    const network = await createNetwork({ footprintId: footprint.id });
    const refusedNetwork = await refusal(
      updateNetwork({
        actor,
        id: network.id,
        input: {
          footprintId: footprint.id,
          name: "Renamed",
          purpose: "x",
          function: "",
          model: "",
          howToJoin: "",
          status: "PILOT",
        },
      }),
    );
    expect(refusedNetwork.code).toBe("STALE_WRITE");
    expect(
      (await testDb().workstream.findUniqueOrThrow({ where: { id: workstream.id } })).name,
    ).toBe(workstream.name);
  });
});
