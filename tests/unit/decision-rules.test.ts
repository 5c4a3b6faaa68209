import { describe, expect, it } from "vitest";
import { awardProblem, decidedProblem, limitsProblem } from "@/lib/decisions/decision-rules";
import { describeLeftOut } from "@/lib/selection/describe-left-out";

const bid = (id: string, requested: number, decision: ["FUNDED" | "DECLINED", number] | null) => ({
  bidId: id,
  amountRequestedPence: requested,
  decision: decision ? { outcome: decision[0], amountAwardedPence: decision[1] } : null,
});

describe("awardProblem", () => {
  it.each([
    ["FUNDED", 5_000_000, 5_000_000, null],
    ["FUNDED", 4_000_000, 5_000_000, null],
    ["FUNDED", 5_000_001, 5_000_000, "The amount awarded cannot be more than the bid asked for"],
    ["FUNDED", 0, 5_000_000, "Enter the amount awarded, more than £0"],
    ["DECLINED", 0, 5_000_000, null],
    ["DECLINED", 100, 5_000_000, "A declined bid is awarded nothing"],
  ] as const)("%s %i of %i → %s", (outcome, awarded, requested, expected) => {
    expect(
      awardProblem({ outcome, amountAwardedPence: awarded, amountRequestedPence: requested }),
    ).toBe(expected);
  });
});

describe("limits and completeness", () => {
  it("refuses more funded bids than places, and more than the budget", () => {
    const two = [bid("a", 10, ["FUNDED", 10]), bid("b", 10, ["FUNDED", 10])];
    expect(limitsProblem({ bids: two, pilotPlaces: 1, budgetPence: 100 })).toMatch(
      /1 pilot places/,
    );
    expect(limitsProblem({ bids: two, pilotPlaces: 2, budgetPence: 19 })).toMatch(/budget/);
    expect(limitsProblem({ bids: two, pilotPlaces: 2, budgetPence: 20 })).toBeNull();
  });

  it("needs a decision on every assessed bid before the round is decided", () => {
    const bids = [bid("a", 10, ["FUNDED", 10]), bid("b", 10, null), bid("c", 10, null)];
    expect(decidedProblem({ bids, pilotPlaces: 7, budgetPence: 100 })).toMatch(/^2 assessed bids/);
    expect(
      decidedProblem({ bids: [bid("a", 10, ["DECLINED", 0])], pilotPlaces: 7, budgetPence: 100 }),
    ).toBeNull();
  });
});

describe("describeLeftOut", () => {
  const base = {
    score: 3.2,
    costPence: 6_000_000,
    regionName: "London",
    places: 7,
    budgetPence: 35_000_000,
    regionCap: 2,
    selectedTotal: 25.5,
    selectedCostPence: 33_000_000,
  };
  it.each([
    [["PLACES"], /all 7 pilot places went to bids that score higher/],
    [["BUDGET"], /asks for £60,000, and the proposed pilots leave £20,000 of the £350,000 budget/],
    [["REGION_CAP"], /London already has 2 proposed pilots/],
    [["SCORE"], /at 3\.20 it ranks below .* includes it totals 24\.00, against 25\.50/],
  ] as const)("%j", (reasons, expected) => {
    expect(
      describeLeftOut({
        ...base,
        leftOut: { bidId: "x", reasons: [...reasons], bestTotalWithIt: 24 },
      }),
    ).toMatch(expected);
  });

  it("says when a bid asks for more than the whole budget", () => {
    expect(
      describeLeftOut({
        ...base,
        costPence: 40_000_000,
        leftOut: { bidId: "x", reasons: ["BUDGET"], bestTotalWithIt: null },
      }),
    ).toBe("Budget: it asks for £400,000, more than the whole budget of £350,000");
  });
});
