import { describe, expect, it } from "vitest";
import { rankBids } from "@/lib/scoring/rank-bids";
import {
  describeMovement,
  filterRanking,
  rankMovement,
  sortRanking,
  toRankingRows,
  viewQuery,
  ZRankingView,
  type RankingRow,
} from "@/lib/scoring/sort-ranking";

/** A row with only what sorting and filtering read; the rest is filler. */
function row(bidId: string, fields: Partial<RankingRow> = {}): RankingRow {
  return {
    bidId,
    title: `Bid ${bidId}`,
    footprintName: `Footprint ${bidId}`,
    regionId: "north",
    regionName: "North",
    amountRequestedPence: 1_000_000,
    outstanding: 0,
    overdue: 0,
    reviewCount: 3,
    ignoredReviews: 0,
    total: 3,
    normalisedTotal: 3,
    assessorTotals: [],
    spread: 0.5,
    flagged: false,
    lateReviews: 0,
    rank: 1,
    normalisedRank: 1,
    savedRank: 1,
    ...fields,
  };
}

const ids = (rows: { bidId: string }[]) => rows.map((r) => r.bidId);

const rows = [
  row("a", {
    title: "zebra crossings",
    regionName: "South",
    regionId: "south",
    rank: 2,
    normalisedRank: 1,
    spread: 0.4,
    amountRequestedPence: 500,
  }),
  row("b", {
    title: "Apple",
    rank: 1,
    normalisedRank: 3,
    spread: 2.1,
    flagged: true,
    amountRequestedPence: 900,
  }),
  row("c", {
    title: "apple",
    regionName: "East",
    regionId: "east",
    rank: 3,
    normalisedRank: 2,
    spread: null,
    reviewCount: 1,
    lateReviews: 1,
    amountRequestedPence: 900,
  }),
  row("d", {
    title: "Bid 10",
    rank: null,
    normalisedRank: null,
    spread: null,
    reviewCount: 0,
    total: null,
    amountRequestedPence: 100,
  }),
  // e keeps the default amount, £10,000: the largest.
  row("e", { title: "Bid 9", rank: 2, normalisedRank: 4, spread: 1.2, lateReviews: 2 }),
];

describe("sortRanking", () => {
  it.each([
    // Ties on rank (a and e share 2) fall back to the normalised rank; unranked bids go last.
    ["rank", ["b", "a", "e", "c", "d"]],
    ["normalised", ["a", "c", "b", "e", "d"]],
    // Largest disagreement first; bids with no spread last, by rank.
    ["spread", ["b", "e", "a", "c", "d"]],
    // Case does not split "Apple" from "apple" (then rank decides); "Bid 9" before "Bid 10".
    ["title", ["b", "c", "e", "d", "a"]],
    ["region", ["c", "b", "e", "d", "a"]],
    ["amount", ["e", "b", "c", "a", "d"]],
  ] as const)("by %s", (sort, expected) => {
    expect(ids(sortRanking({ rows, sort }))).toEqual(expected);
  });

  it("does not reorder the rows it is given", () => {
    const before = ids(rows);
    sortRanking({ rows, sort: "title" });
    expect(ids(rows)).toEqual(before);
  });
});

describe("filterRanking", () => {
  it.each([
    ["all", "", ["a", "b", "c", "d", "e"]],
    ["flagged", "", ["b"]],
    ["late", "", ["c", "e"]],
    // Fewer counted reviews than the round asks for (3).
    ["missing", "", ["c", "d"]],
    ["all", "north", ["b", "d", "e"]],
    ["late", "north", ["e"]],
    ["flagged", "east", []],
  ] as const)("shows %s in region %j", (show, region, expected) => {
    expect(ids(filterRanking({ rows, show, region, requiredReviews: 3 }))).toEqual(expected);
  });
});

describe("ZRankingView", () => {
  it("reads the query string, falling back to defaults for anything unknown", () => {
    expect(ZRankingView.parse({ sort: "spread", show: "late", region: " r1 " })).toEqual({
      sort: "spread",
      show: "late",
      region: "r1",
    });
    expect(ZRankingView.parse({ sort: "evil", show: ["late", "all"], region: ["x"] })).toEqual({
      sort: "rank",
      show: "all",
      region: "",
    });
    expect(ZRankingView.parse({})).toEqual({ sort: "rank", show: "all", region: "" });
  });

  it("writes back only what differs from the defaults", () => {
    expect(viewQuery({ sort: "rank", show: "all", region: "" })).toEqual([]);
    expect(viewQuery({ sort: "title", show: "missing", region: "r1" })).toEqual([
      ["show", "missing"],
      ["region", "r1"],
      ["sort", "title"],
    ]);
  });
});

describe("movement", () => {
  it("counts places up and down, in words", () => {
    expect(rankMovement({ before: 5, after: 3 })).toBe(2);
    expect(rankMovement({ before: 1, after: 2 })).toBe(-1);
    expect(rankMovement({ before: null, after: 2 })).toBeNull();
    expect(describeMovement(2)).toBe("Up 2");
    expect(describeMovement(-1)).toBe("Down 1");
    expect(describeMovement(0)).toBe("No change");
    expect(describeMovement(null)).toBe("Not ranked");
  });
});

describe("toRankingRows", () => {
  it("joins a what-if ranking to the bids and to their saved ranks", () => {
    const input = [
      { bidId: "x", reviews: [review("p", { c1: 5, c2: 1 })] },
      { bidId: "y", reviews: [review("p", { c1: 2, c2: 4 })] },
    ];
    const weights = (c1: number, c2: number) => [
      { criterionId: "c1", weight: c1 },
      { criterionId: "c2", weight: c2 },
    ];
    const saved = rankBids({ bids: input, weights: weights(1, 1), threshold: 1 });
    const whatIf = rankBids({ bids: input, weights: weights(1, 9), threshold: 1 });
    const joined = toRankingRows({
      ranked: whatIf.bids,
      bids: [row("x", { title: "X" }), row("y", { title: "Y" })],
      savedRanks: new Map(saved.bids.map((b) => [b.bidId, b.rank])),
    });
    // Saved: x 3.0, y 3.0 (tied at 1). What-if: y 3.8 first, x 1.4 second.
    expect(joined.map((r) => [r.title, r.rank, r.savedRank])).toEqual([
      ["Y", 1, 1],
      ["X", 2, 1],
    ]);
    expect(
      joined.map((r) => describeMovement(rankMovement({ before: r.savedRank, after: r.rank }))),
    ).toEqual(["No change", "Down 1"]);
  });
});

function review(assessorId: string, scores: Record<string, number>) {
  return { assessorId, scores, submittedAt: "2026-03-01T12:00:00Z", dueAt: null };
}
