import { describe, expect, it } from "vitest";
import {
  rankBids,
  type BidInput,
  type CriterionWeight,
  type RankedBid,
  type ReviewInput,
} from "@/lib/scoring/rank-bids";

// One criterion of weight 1, so a review's total is its score and the numbers below read directly.
const single: CriterionWeight[] = [{ criterionId: "c", weight: 1 }];
const pair: CriterionWeight[] = [
  { criterionId: "x", weight: 1 },
  { criterionId: "y", weight: 1 },
];
const round: CriterionWeight[] = [
  { criterionId: "innovation", weight: 35 },
  { criterionId: "ambition", weight: 35 },
  { criterionId: "scale", weight: 30 },
];

const review = (
  assessorId: string,
  score: number,
  dates: Partial<Pick<ReviewInput, "submittedAt" | "dueAt">> = {},
): ReviewInput => ({
  assessorId,
  scores: { c: score },
  submittedAt: "2026-03-01T12:00:00.000Z",
  dueAt: null,
  ...dates,
});

/** Bids from { bidId: { assessorId: score } }, scored on the single criterion, in key order. */
const bidsOf = (table: Record<string, Record<string, number>>): BidInput[] =>
  Object.entries(table).map(([bidId, marks]) => ({
    bidId,
    reviews: Object.entries(marks).map(([assessorId, score]) => review(assessorId, score)),
  }));

const byId = (bids: RankedBid[]) => new Map(bids.map((b) => [b.bidId, b]));

describe("rankBids: normalisation", () => {
  it("matches a small example computed by hand", () => {
    // Totals 1, 3, 5, 5, 1, 3: μ = 3; squared deviations 4+0+4+4+4+0 = 16, so σ = √(16/6).
    const sigma = Math.sqrt(16 / 6);
    const result = rankBids({
      bids: bidsOf({
        b1: { A: 1, B: 5 },
        b2: { A: 3, B: 5 },
        b3: { C: 1, D: 3 },
      }),
      weights: single,
      threshold: 1.5,
    });

    expect(result.overall.count).toBe(6);
    expect(result.overall.mean).toBeCloseTo(3, 12);
    expect(result.overall.sd).toBeCloseTo(sigma, 12);

    // A: m = 2, s = 1, standardised. B: 5, 5 centred onto μ. C and D: one review each, left raw.
    const assessors = new Map(result.assessors.map((a) => [a.assessorId, a]));
    expect(result.assessors.map((a) => a.assessorId)).toEqual(["A", "B", "C", "D"]);
    expect(
      result.assessors.map((a) => [a.assessorId, a.count, a.correction, a.min, a.max]),
    ).toEqual([
      ["A", 2, "standardised", 1, 3],
      ["B", 2, "centred", 5, 5],
      ["C", 1, "none", 1, 1],
      ["D", 1, "none", 3, 3],
    ]);
    expect(assessors.get("A")!.mean).toBeCloseTo(2, 12);
    expect(assessors.get("A")!.sd).toBeCloseTo(1, 12);
    expect(assessors.get("B")!.sd).toBe(0);
    expect(result.assessors.map((a) => a.leniency)).toEqual([-1, 2, -2, 0]);
    expect(assessors.get("A")!.totals.map((t) => [t.bidId, t.total])).toEqual([
      ["b1", 1],
      ["b2", 3],
    ]);
    expect(assessors.get("A")!.totals[0]!.normalised).toBeCloseTo(3 - sigma, 12);

    const bids = byId(result.bids);
    const expected: [string, number, number, number[], number][] = [
      // bidId, total, normalisedTotal, each review's normalised value, spread
      ["b1", 3, 3 - sigma / 2, [3 - sigma, 3], 4],
      ["b2", 4, 3 + sigma / 2, [3 + sigma, 3], 2],
      ["b3", 2, 2, [1, 3], 2],
    ];
    for (const [bidId, total, normalisedTotal, normalised, spread] of expected) {
      const bid = bids.get(bidId)!;
      expect(bid.total).toBeCloseTo(total, 12);
      expect(bid.normalisedTotal).toBeCloseTo(normalisedTotal, 12);
      expect(bid.assessorTotals).toHaveLength(normalised.length);
      bid.assessorTotals.forEach((t, i) => expect(t.normalised).toBeCloseTo(normalised[i]!, 12));
      expect(bid.spread).toBeCloseTo(spread, 12);
      expect(bid.flagged).toBe(true);
    }
    expect(
      bids.get("b1")!.assessorTotals.map((t) => [t.assessorId, t.total, t.correction]),
    ).toEqual([
      ["A", 1, "standardised"],
      ["B", 5, "centred"],
    ]);
    expect(result.bids.map((b) => [b.bidId, b.rank, b.normalisedRank])).toEqual([
      ["b2", 1, 1],
      ["b1", 2, 2],
      ["b3", 3, 3],
    ]);
  });

  it("gives a harsh and a lenient assessor of the same bids the same normalised totals", () => {
    // L = 2·H + 1 on every bid: a different level and a different use of the scale.
    const pairs: [string, [number, number], [number, number]][] = [
      ["b1", [1, 1], [3, 3]], // H 1,   L 3
      ["b2", [1, 2], [4, 4]], // H 1.5, L 4
      ["b3", [2, 1], [3, 5]], // H 1.5, L 4
      ["b4", [2, 2], [5, 5]], // H 2,   L 5
    ];
    const bids: BidInput[] = pairs.map(([bidId, [hx, hy], [lx, ly]]) => ({
      bidId,
      reviews: [
        { assessorId: "harsh", scores: { x: hx, y: hy }, submittedAt: new Date(), dueAt: null },
        { assessorId: "lenient", scores: { x: lx, y: ly }, submittedAt: new Date(), dueAt: null },
      ],
    }));
    const result = rankBids({ bids, weights: pair, threshold: 10 });

    const [harsh, lenient] = result.assessors;
    expect(harsh!.leniency).toBeLessThan(0);
    expect(lenient!.leniency).toBeGreaterThan(0);
    expect(harsh!.leniency).toBeCloseTo(-lenient!.leniency, 12);
    for (const bid of result.bids) {
      const [h, l] = bid.assessorTotals;
      expect(h!.total).not.toBeCloseTo(l!.total, 3);
      expect(h!.normalised).toBeCloseTo(l!.normalised, 12);
      expect(bid.normalisedTotal).toBeCloseTo(h!.normalised, 12);
    }
    expect(result.bids.map((b) => [b.bidId, b.rank, b.normalisedRank])).toEqual([
      ["b4", 1, 1],
      ["b2", 2, 2],
      ["b3", 2, 2],
      ["b1", 4, 4],
    ]);
  });

  it("ranks a harsh assessor's best bid with a lenient assessor's best once normalised", () => {
    const result = rankBids({
      bids: bidsOf({
        h1: { harsh: 1 },
        h2: { harsh: 2 },
        h3: { harsh: 3 },
        l1: { lenient: 3 },
        l2: { lenient: 4 },
        l3: { lenient: 5 },
      }),
      weights: single,
      threshold: 1,
    });
    const bids = byId(result.bids);
    expect([bids.get("h3")!.rank, bids.get("l3")!.rank]).toEqual([3, 1]);
    expect([bids.get("h3")!.normalisedRank, bids.get("l3")!.normalisedRank]).toEqual([1, 1]);
    expect(result.bids.map((b) => b.bidId)).toEqual(["l3", "l2", "h3", "l1", "h2", "h1"]);
  });

  it("leaves an assessor with a single review raw", () => {
    const result = rankBids({
      bids: bidsOf({ b1: { A: 1, solo: 4 }, b2: { A: 5 } }),
      weights: single,
      threshold: 1,
    });
    const solo = result.assessors.find((a) => a.assessorId === "solo")!;
    expect(solo.correction).toBe("none");
    expect(solo.totals).toEqual([{ bidId: "b1", total: 4, normalised: 4 }]);
    expect(result.assessors.find((a) => a.assessorId === "A")!.correction).toBe("standardised");
  });

  it("centres an assessor whose totals are all equal onto the overall mean", () => {
    const result = rankBids({
      bids: bidsOf({
        b1: { flat: 4, A: 1 },
        b2: { flat: 4, A: 2 },
        b3: { flat: 4, A: 5 },
      }),
      weights: single,
      threshold: 1,
    });
    // μ = (4·3 + 1 + 2 + 5) / 6
    const mu = 20 / 6;
    expect(result.overall.mean).toBeCloseTo(mu, 12);
    const flat = result.assessors.find((a) => a.assessorId === "flat")!;
    expect(flat.correction).toBe("centred");
    for (const t of flat.totals) expect(t.normalised).toBeCloseTo(mu, 12);
    expect(flat.leniency).toBeCloseTo(4 - mu, 12);
  });

  it("treats floating-point noise in an assessor's totals as no spread", () => {
    // 0.1 + 0.2 is not 0.3 in binary floating point; (1·0.1 + 1·0.2) / 2 and 0.15 differ by ~3e-17.
    const bids: BidInput[] = [
      { bidId: "b1", reviews: [{ ...review("flat", 0), scores: { x: 0.1, y: 0.2 } }] },
      { bidId: "b2", reviews: [{ ...review("flat", 0), scores: { x: 0.15, y: 0.15 } }] },
      { bidId: "b3", reviews: [{ ...review("other", 0), scores: { x: 5, y: 5 } }] },
    ];
    const result = rankBids({ bids, weights: pair, threshold: 1 });
    expect(result.assessors.find((a) => a.assessorId === "flat")!.correction).toBe("centred");
  });

  it("leaves every total raw when every review total is equal", () => {
    const result = rankBids({
      bids: bidsOf({
        b3: { C: 3 },
        b1: { A: 3, B: 3 },
        b2: { A: 3, C: 3 },
      }),
      weights: single,
      threshold: 0,
    });
    expect(result.overall).toEqual({ mean: 3, sd: 0, count: 5 });
    expect(result.assessors.map((a) => a.correction)).toEqual(["none", "none", "none"]);
    for (const bid of result.bids) {
      expect(bid.normalisedTotal).toBe(3);
      expect(bid.assessorTotals.every((t) => t.normalised === 3)).toBe(true);
      expect([bid.rank, bid.normalisedRank, bid.flagged]).toEqual([1, 1, false]);
    }
    expect(result.bids.map((b) => b.bidId)).toEqual(["b1", "b2", "b3"]);
  });

  it("returns empty statistics for no usable review", () => {
    const result = rankBids({
      bids: [{ bidId: "b1", reviews: [] }],
      weights: single,
      threshold: 1,
    });
    expect(result.overall).toEqual({ mean: 0, sd: 0, count: 0 });
    expect(result.assessors).toEqual([]);
    expect(result.bids).toMatchObject([
      { bidId: "b1", reviewCount: 0, total: null, normalisedTotal: null, spread: null, rank: null },
    ]);
  });
});

describe("rankBids: spread and moderation flags", () => {
  // name, weights, each review's scores, threshold, expected spread, expected flag
  it.each<[string, CriterionWeight[], Record<string, number>[], number, number | null, boolean]>([
    ["two reviews 2 apart", single, [{ c: 2 }, { c: 4 }], 1.5, 2, true],
    ["equal to the threshold is not flagged", single, [{ c: 2 }, { c: 3.5 }], 1.5, 1.5, false],
    ["just over the threshold", single, [{ c: 2 }, { c: 3.51 }], 1.5, 1.51, true],
    ["max minus min of three", single, [{ c: 3 }, { c: 1 }, { c: 4.5 }], 1.5, 3.5, true],
    ["agreement", single, [{ c: 3 }, { c: 3 }], 1.5, 0, false],
    ["agreement against a zero threshold", single, [{ c: 3 }, { c: 3 }], 0, 0, false],
    ["a single review has no spread", single, [{ c: 1 }], 0, null, false],
    [
      // (35·1 + 35·4 + 30·4)/100 − (35·1 + 35·2 + 30·3)/100 is 1.0000000000000002 in floating point
      "floating-point noise over the threshold is not a disagreement",
      round,
      [
        { innovation: 1, ambition: 4, scale: 4 },
        { innovation: 1, ambition: 2, scale: 3 },
      ],
      1,
      1,
      false,
    ],
  ])("%s", (_name, weights, scoreSets, threshold, spread, flagged) => {
    const result = rankBids({
      bids: [
        {
          bidId: "b1",
          reviews: scoreSets.map((scores, i) => ({ ...review(`a${i}`, 0), scores })),
        },
      ],
      weights,
      threshold,
    });
    const [bid] = result.bids;
    if (spread === null) expect(bid!.spread).toBeNull();
    else expect(bid!.spread).toBeCloseTo(spread, 12);
    expect(bid!.flagged).toBe(flagged);
  });
});

describe("rankBids: late reviews, unusable reviews and ranks", () => {
  const due = "2026-03-01T17:00:00.000Z";
  it.each<[string, Date | string, Date | string | null, boolean]>([
    ["no due date", "2026-04-01T00:00:00.000Z", null, false],
    ["before the due date", "2026-03-01T16:59:59.999Z", due, false],
    ["exactly at the due date", due, due, false],
    ["after the due date", "2026-03-01T17:00:00.001Z", due, true],
    ["after, as Date objects", new Date("2026-03-02T09:00:00Z"), new Date(due), true],
    ["after, a Date against a string", new Date("2026-03-02T09:00:00Z"), due, true],
    // 18:00 in London on 1 March (GMT) is 18:00Z: after 17:00Z
    ["after, with an offset", "2026-03-01T18:00:00+00:00", due, true],
    // 17:30 in Paris (+01:00) is 16:30Z: before
    ["before, with an offset", "2026-03-01T17:30:00+01:00", due, false],
  ])("%s", (_name, submittedAt, dueAt, late) => {
    const result = rankBids({
      bids: [{ bidId: "b1", reviews: [review("A", 3, { submittedAt, dueAt })] }],
      weights: single,
      threshold: 1,
    });
    expect(result.bids[0]!.assessorTotals[0]!.late).toBe(late);
    expect(result.bids[0]!.lateReviews).toBe(late ? 1 : 0);
  });

  it("counts a bid's late reviews", () => {
    const result = rankBids({
      bids: [
        {
          bidId: "b1",
          reviews: [
            review("A", 3, { submittedAt: "2026-03-02T00:00:00Z", dueAt: due }),
            review("B", 3, { submittedAt: "2026-03-01T00:00:00Z", dueAt: due }),
            review("C", 3, { submittedAt: "2026-03-05T00:00:00Z", dueAt: due }),
          ],
        },
      ],
      weights: single,
      threshold: 1,
    });
    expect(result.bids[0]!.lateReviews).toBe(2);
    expect(result.bids[0]!.assessorTotals.map((t) => t.late)).toEqual([true, false, true]);
  });

  it("ignores a review with an unscored criterion everywhere", () => {
    const result = rankBids({
      bids: [
        {
          bidId: "b1",
          reviews: [
            review("A", 2),
            review("B", 4),
            { ...review("C", 0), scores: {}, dueAt: due, submittedAt: "2026-03-09T00:00:00Z" },
          ],
        },
        { bidId: "b2", reviews: [{ ...review("C", 0), scores: { other: 5 } }] },
      ],
      weights: single,
      threshold: 1,
    });
    const bids = byId(result.bids);
    expect(bids.get("b1")).toMatchObject({
      reviewCount: 2,
      ignoredReviews: 1,
      total: 3,
      lateReviews: 0,
      spread: 2,
    });
    expect(bids.get("b1")!.assessorTotals.map((t) => t.assessorId)).toEqual(["A", "B"]);
    expect(bids.get("b2")).toMatchObject({
      reviewCount: 0,
      ignoredReviews: 1,
      total: null,
      normalisedTotal: null,
      rank: null,
      normalisedRank: null,
    });
    expect(result.assessors.map((a) => a.assessorId)).toEqual(["A", "B"]);
    expect(result.overall.count).toBe(2);
  });

  it("shares ranks between ties (1, 1, 3), breaks them by normalised total then id, nulls last", () => {
    // A marks b-tie-x and b-third; B marks b-tie-y and b-third; both tied bids total 4.
    // A marks the tie as their best (normalised high); B marks it below b-third's mark.
    const result = rankBids({
      bids: bidsOf({
        "b-none": {},
        "b-third": { A: 2, B: 5 },
        "b-tie-y": { B: 4 },
        "b-tie-x": { A: 4 },
        "b-tie-z": { C: 4 },
      }),
      weights: single,
      threshold: 5,
    });
    expect(result.bids.map((b) => [b.bidId, b.total, b.rank])).toEqual([
      ["b-tie-x", 4, 1],
      ["b-tie-z", 4, 1],
      ["b-tie-y", 4, 1],
      ["b-third", 3.5, 4],
      ["b-none", null, null],
    ]);
    const bids = byId(result.bids);
    const x = bids.get("b-tie-x")!.normalisedTotal!;
    const z = bids.get("b-tie-z")!.normalisedTotal!;
    const y = bids.get("b-tie-y")!.normalisedTotal!;
    expect(x).toBeGreaterThan(z);
    expect(z).toBeGreaterThan(y);
    // Normalised: x ≈ 4.78 (A's best), z = 4 (C's only, raw), b-third ≈ 3.8, y ≈ 2.82 (B's worst).
    expect(result.bids.map((b) => b.normalisedRank)).toEqual([1, 2, 4, 3, null]);
  });

  it("ranks totals that differ only by floating-point noise as ties", () => {
    // (0.1 + 0.2) / 2 and 0.15 are not equal in floating point; C's single review keeps them raw.
    const bids: BidInput[] = [
      { bidId: "b1", reviews: [{ ...review("A", 0), scores: { x: 0.1, y: 0.2 } }] },
      { bidId: "b2", reviews: [{ ...review("B", 0), scores: { x: 0.15, y: 0.15 } }] },
      { bidId: "b3", reviews: [{ ...review("C", 0), scores: { x: 0, y: 0 } }] },
    ];
    const result = rankBids({ bids, weights: pair, threshold: 1 });
    expect(result.bids.map((b) => [b.bidId, b.rank, b.normalisedRank])).toEqual([
      ["b1", 1, 1],
      ["b2", 1, 1],
      ["b3", 3, 3],
    ]);
  });

  it.each<[string, () => unknown]>([
    [
      "a threshold that is not a number",
      () => rankBids({ bids: [], weights: single, threshold: NaN }),
    ],
    [
      "a bid given twice",
      () =>
        rankBids({
          bids: [
            { bidId: "b1", reviews: [] },
            { bidId: "b1", reviews: [] },
          ],
          weights: single,
          threshold: 1,
        }),
    ],
    [
      "a date that does not parse",
      () =>
        rankBids({
          bids: [{ bidId: "b1", reviews: [review("A", 3, { submittedAt: "yesterday" })] }],
          weights: single,
          threshold: 1,
        }),
    ],
    [
      "a negative weight",
      () => rankBids({ bids: [], weights: [{ criterionId: "c", weight: -1 }], threshold: 1 }),
    ],
  ])("refuses %s", (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomRound(seed: number): { bids: BidInput[]; weights: CriterionWeight[] } {
  const random = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const weights = ["innovation", "ambition", "scale"].map((criterionId) => ({
    criterionId,
    weight: int(1, 50),
  }));
  // Each assessor marks within a range of their own, as a harsh or lenient marker does; a range of
  // one point makes a marker whose totals never vary.
  const assessors = Array.from({ length: int(2, 8) }, (_, i) => {
    const lo = int(1, 4);
    return { id: `assessor-${i}`, lo, hi: int(lo, 5) };
  });
  const bids = Array.from({ length: int(1, 25) }, (_, i): BidInput => {
    const chosen = assessors.filter(() => random() < 0.5);
    return {
      bidId: `bid-${i}`,
      reviews: chosen.map(({ id, lo, hi }) => ({
        assessorId: id,
        scores: Object.fromEntries(weights.map((w) => [w.criterionId, int(lo, hi)])),
        submittedAt: new Date(Date.UTC(2026, 2, int(1, 10))),
        dueAt: random() < 0.3 ? null : new Date(Date.UTC(2026, 2, 5)).toISOString(),
      })),
    };
  });
  return { bids, weights };
}

describe("rankBids: properties over random rounds", () => {
  const seeds = Array.from({ length: 200 }, (_, i) => i + 1);

  it("maps every standardised assessor's totals onto the overall mean and sd", () => {
    let standardised = 0;
    for (const seed of seeds) {
      const { bids, weights } = randomRound(seed);
      const { assessors, overall } = rankBids({ bids, weights, threshold: 1.5 });
      for (const a of assessors.filter((s) => s.correction === "standardised")) {
        standardised += 1;
        const values = a.totals.map((t) => t.normalised);
        const m = values.reduce((s, v) => s + v, 0) / values.length;
        const sd = Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / values.length);
        expect(m, `seed ${seed}, ${a.assessorId}`).toBeCloseTo(overall.mean, 9);
        expect(sd, `seed ${seed}, ${a.assessorId}`).toBeCloseTo(overall.sd, 9);
      }
    }
    // The property must have been exercised, not vacuously true.
    expect(standardised).toBeGreaterThan(100);
  });

  it("keeps every bid's figures consistent with its reviews", () => {
    for (const seed of seeds) {
      const { bids, weights } = randomRound(seed);
      const result = rankBids({ bids, weights, threshold: 1.5 });
      expect(result.bids.map((b) => b.bidId).sort()).toEqual(bids.map((b) => b.bidId).sort());
      expect(result.overall.count).toBe(result.bids.reduce((n, b) => n + b.reviewCount, 0));
      for (const bid of result.bids) {
        const totals = bid.assessorTotals.map((t) => t.total);
        const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
        if (totals.length === 0) {
          expect(bid.total).toBeNull();
          continue;
        }
        expect(bid.total).toBeCloseTo(mean(totals), 12);
        expect(bid.normalisedTotal).toBeCloseTo(
          mean(bid.assessorTotals.map((t) => t.normalised)),
          12,
        );
        expect(bid.lateReviews).toBe(bid.assessorTotals.filter((t) => t.late).length);
        expect(bid.flagged).toBe(bid.spread !== null && bid.spread > 1.5 + 1e-9);
      }
      // Sorted by total, descending, with ranks that never go down.
      const ranks = result.bids.map((b) => b.rank ?? Infinity);
      expect(ranks).toEqual([...ranks].sort((p, q) => p - q));
    }
  });
});
