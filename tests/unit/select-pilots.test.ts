import { describe, expect, it } from "vitest";
import { selectPilots, type Candidate } from "@/lib/selection/select-pilots";

const bid = (bidId: string, score: number, costPence: number, regionId = "london"): Candidate => ({
  bidId,
  score,
  costPence,
  regionId,
});

const units = (score: number) => Math.round(score * 1e6);

// A tiny seeded PRNG (mulberry32), so every run sees the same "random" rounds.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

type Limits = { places: number; budgetPence: number; regionCap: number | null };

/**
 * Every subset within the limits, pruned only on feasibility. Returns the best under the documented
 * order (score, then lower cost, then the higher-ranked bid where two subsets first differ) and, per bid,
 * the best score of a feasible subset that includes it.
 */
function bruteForce(candidates: readonly Candidate[], { places, budgetPence, regionCap }: Limits) {
  const cap = regionCap ?? Infinity;
  const ranking = [...candidates].sort(
    (a, b) =>
      units(b.score) - units(a.score) || a.costPence - b.costPence || (a.bidId < b.bidId ? -1 : 1),
  );
  // Which ranked bids a subset holds, as a string of 0s and 1s: the larger string wins a tie.
  const marks = (ids: readonly string[]) =>
    ranking.map((c) => (ids.includes(c.bidId) ? "1" : "0")).join("");
  let best = { units: 0, cost: 0, ids: [] as string[] };
  const bestWith = new Map<string, number>();
  const chosen: Candidate[] = [];
  const perRegion = new Map<string, number>();

  const consider = (total: number, cost: number) => {
    const ids = chosen.map((c) => c.bidId).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const better =
      total > best.units ||
      (total === best.units &&
        (cost < best.cost || (cost === best.cost && marks(ids) > marks(best.ids))));
    if (better) best = { units: total, cost, ids };
    for (const c of chosen) bestWith.set(c.bidId, Math.max(bestWith.get(c.bidId) ?? -1, total));
  };

  const walk = (i: number, total: number, cost: number) => {
    if (i === candidates.length || chosen.length >= places) return;
    const c = candidates[i]!;
    const inRegion = perRegion.get(c.regionId) ?? 0;
    if (cost + c.costPence <= budgetPence && inRegion < cap) {
      chosen.push(c);
      perRegion.set(c.regionId, inRegion + 1);
      consider(total + units(c.score), cost + c.costPence);
      walk(i + 1, total + units(c.score), cost + c.costPence);
      perRegion.set(c.regionId, inRegion);
      chosen.pop();
    }
    walk(i + 1, total, cost);
  };

  walk(0, 0, 0);
  return { best, bestWith };
}

/** The reasons as defined, worked out from scratch by brute force on each relaxed problem. */
function bruteReasons(candidates: readonly Candidate[], limits: Limits, bidId: string): string[] {
  const c = candidates.find((x) => x.bidId === bidId)!;
  if (c.costPence > limits.budgetPence) return ["BUDGET"];
  const relaxations: [string, Limits][] = [
    ["BUDGET", { ...limits, budgetPence: Infinity }],
    ["PLACES", { ...limits, places: Infinity }],
  ];
  if (limits.regionCap !== null) relaxations.push(["REGION_CAP", { ...limits, regionCap: null }]);
  const reasons = relaxations
    .filter(([, relaxed]) => {
      const { best, bestWith } = bruteForce(candidates, relaxed);
      return (bestWith.get(bidId) ?? -1) >= best.units;
    })
    .map(([name]) => name);
  return reasons.length > 0 ? reasons : ["SCORE"];
}

function feasible(candidates: readonly Candidate[], ids: readonly string[], limits: Limits) {
  const picked = candidates.filter((c) => ids.includes(c.bidId));
  const perRegion = new Map<string, number>();
  for (const c of picked) perRegion.set(c.regionId, (perRegion.get(c.regionId) ?? 0) + 1);
  return (
    picked.length === ids.length &&
    picked.length <= limits.places &&
    picked.reduce((sum, c) => sum + c.costPence, 0) <= limits.budgetPence &&
    [...perRegion.values()].every((count) => count <= (limits.regionCap ?? Infinity))
  );
}

function randomRound(rand: () => number): { candidates: Candidate[] } & Limits {
  const n = 1 + Math.floor(rand() * 20);
  const regions = 1 + Math.floor(rand() * 5);
  // Realistic weighted means and costs; coarse ones, so ties on score and cost are common; and tiny
  // whole numbers, with bids scored 0 or costing nothing, so the bounds are often met exactly.
  const mode = rand();
  const score = (): number =>
    mode < 0.4
      ? Math.round((1 + rand() * 4) * 10_000) / 10_000
      : mode < 0.8
        ? (2 + Math.floor(rand() * 9)) / 2
        : Math.floor(rand() * 6);
  const cost = (): number =>
    mode < 0.4
      ? 100_000 + Math.floor(rand() * 9_900_000)
      : mode < 0.8
        ? (1 + Math.floor(rand() * 10)) * 1_000_000
        : Math.floor(rand() * 7);
  const candidates = Array.from({ length: n }, (_, i) => ({
    bidId: `bid-${String.fromCharCode(97 + Math.floor(rand() * 26))}${i}`,
    score: score(),
    costPence: cost(),
    regionId: `region-${Math.floor(rand() * regions)}`,
  }));
  const everything = candidates.reduce((sum, c) => sum + c.costPence, 0);
  const budgetPence = rand() < 0.25 ? everything : Math.floor(everything * (0.05 + 0.6 * rand()));
  return {
    candidates,
    places: 1 + Math.floor(rand() * 8),
    budgetPence,
    regionCap: rand() < 0.4 ? null : 1 + Math.floor(rand() * 3),
  };
}

describe("selectPilots: hand-checked rounds", () => {
  it("beats the greedy choice: two cheaper bids outscore the expensive top bid", () => {
    const result = selectPilots({
      candidates: [bid("top", 5, 30_000_000), bid("b", 4, 15_000_000), bid("c", 3.5, 15_000_000)],
      places: 7,
      budgetPence: 30_000_000,
    });
    expect(result.selected).toEqual(["b", "c"]);
    expect(result.totalScore).toBe(7.5);
    expect(result.totalCostPence).toBe(30_000_000);
    // Lifting the budget lets it in; places never bound.
    expect(result.leftOut).toEqual([{ bidId: "top", reasons: ["BUDGET"], bestTotalWithIt: 5 }]);
  });

  it("takes at most the round's places, the best scores first", () => {
    const result = selectPilots({
      candidates: [bid("a", 3, 1), bid("b", 5, 1), bid("c", 4, 1)],
      places: 2,
      budgetPence: 100,
    });
    expect(result.selected).toEqual(["b", "c"]);
    expect(result.leftOut).toEqual([{ bidId: "a", reasons: ["PLACES"], bestTotalWithIt: 8 }]);
  });

  it("takes at most regionCap bids from one region", () => {
    const result = selectPilots({
      candidates: [
        bid("north-1", 5, 1, "north"),
        bid("north-2", 4, 1, "north"),
        bid("south-1", 3, 1, "south"),
      ],
      places: 2,
      budgetPence: 100,
      regionCap: 1,
    });
    expect(result.selected).toEqual(["north-1", "south-1"]);
    expect(result.leftOut).toEqual([
      { bidId: "north-2", reasons: ["REGION_CAP"], bestTotalWithIt: 7 },
    ]);
  });

  it("ignores the region when no cap is set", () => {
    const result = selectPilots({
      candidates: [bid("north-1", 5, 1, "north"), bid("north-2", 4, 1, "north")],
      places: 2,
      budgetPence: 100,
      regionCap: null,
    });
    expect(result.selected).toEqual(["north-1", "north-2"]);
  });

  it("leaves out a bid over the whole budget, for the budget alone, with no total", () => {
    const result = selectPilots({
      candidates: [bid("huge", 5, 40_000_000), bid("fits", 2, 1_000_000)],
      places: 7,
      budgetPence: 35_000_000,
    });
    expect(result.selected).toEqual(["fits"]);
    expect(result.leftOut).toEqual([{ bidId: "huge", reasons: ["BUDGET"], bestTotalWithIt: null }]);
  });

  it("selects nothing from nothing", () => {
    expect(selectPilots({ candidates: [], places: 7, budgetPence: 35_000_000 })).toEqual({
      selected: [],
      totalScore: 0,
      totalCostPence: 0,
      leftOut: [],
    });
  });

  it("takes every bid when the places outnumber them and the budget covers them", () => {
    const result = selectPilots({
      candidates: [bid("a", 2.5, 10), bid("b", 3.25, 20), bid("c", 1.125, 30)],
      places: 7,
      budgetPence: 60,
    });
    expect(result.selected).toEqual(["b", "a", "c"]);
    expect(result.totalScore).toBe(6.875);
    expect(result.totalCostPence).toBe(60);
    expect(result.leftOut).toEqual([]);
  });

  it("breaks a tie on score by the lower cost", () => {
    const result = selectPilots({
      candidates: [bid("a", 5, 12), bid("b", 3, 8), bid("c", 4, 9), bid("d", 4, 9)],
      places: 2,
      budgetPence: 20,
    });
    // a + b and c + d both score 8; c + d costs 18, a + b 20.
    expect(result.selected).toEqual(["c", "d"]);
    expect(result.totalCostPence).toBe(18);
  });

  it("breaks a tie on score and cost in favour of the higher-ranked bid, whatever the input order", () => {
    const candidates = [
      bid("d", 4, 10), // d + e and a + f: 8 for 20 each; a ranks first, so a + f
      bid("e", 4, 10),
      bid("a", 5, 15),
      bid("f", 3, 5),
      bid("b", 4, 11), // b with d or e scores 8 but costs 21
      bid("c", 8, 21), // 8 alone, but over the budget
      bid("g", 3, 5), // ties with f on score and cost; f ranks first by bidId
    ];
    const limits = { places: 2, budgetPence: 20 };
    const expected = selectPilots({ candidates, ...limits });
    expect(expected.selected).toEqual(["a", "f"]);
    expect(expected.totalCostPence).toBe(20);
    const rand = mulberry32(7);
    for (let i = 0; i < 20; i++)
      expect(selectPilots({ candidates: shuffled(candidates, rand), ...limits })).toEqual(expected);
  });

  it("settles a round of identical bids at once", () => {
    const regions = ["north", "south", "east", "west", "midlands", "london", "south-west"];
    const candidates = Array.from({ length: 45 }, (_, i) =>
      bid(`bid-${String(i).padStart(2, "0")}`, 3, 5_000_000, regions[i % 7]),
    );
    const started = performance.now();
    const result = selectPilots({ candidates, places: 7, budgetPence: 35_000_000, regionCap: 2 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.selected).toEqual([
      "bid-00",
      "bid-01",
      "bid-02",
      "bid-03",
      "bid-04",
      "bid-05",
      "bid-06",
    ]);
  });

  it("applies the tie-break to a free bid scored 0: it ties, and takes a spare place", () => {
    const result = selectPilots({
      candidates: [bid("a", 3, 1), bid("b", 2, 1), bid("nothing", 0, 0)],
      places: 2,
      budgetPence: 1,
    });
    expect(result.selected).toEqual(["a", "nothing"]);
  });

  it("lists the left-out bids by descending score, ties by bidId", () => {
    const result = selectPilots({
      candidates: [bid("z", 3, 1), bid("x", 3, 1), bid("top", 5, 1), bid("y", 4, 1)],
      places: 1,
      budgetPence: 10,
    });
    expect(result.selected).toEqual(["top"]);
    expect(result.leftOut.map((l) => l.bidId)).toEqual(["y", "x", "z"]);
  });

  it("gives every reason that applies, and SCORE only when none does", () => {
    // Budget 20, two places. Best: a + d = 8 at cost 20 (a + e ties on score and cost; {a, d} sorts first).
    const candidates = [
      bid("a", 5, 15),
      bid("c", 4, 10),
      bid("d", 3, 5),
      bid("e", 3, 5),
      bid("low", 1, 5),
    ];
    const result = selectPilots({ candidates, places: 2, budgetPence: 20 });
    expect(result.selected).toEqual(["a", "d"]);
    expect(result.leftOut).toEqual([
      // Without the budget: a + c = 9. Without the place limit: c + d + e = 10 at cost 20.
      { bidId: "c", reasons: ["BUDGET", "PLACES"], bestTotalWithIt: 7 },
      // Without the place limit: c + d + e. Without the budget: a + c, so not the budget.
      { bidId: "e", reasons: ["PLACES"], bestTotalWithIt: 8 },
      // Neither lifting the budget (a + c) nor the places (c + d + e) brings it in.
      { bidId: "low", reasons: ["SCORE"], bestTotalWithIt: 6 },
    ]);
  });

  it("names the region cap when lifting it alone lets the bid in with two limits binding", () => {
    // Two places, at most one per region; budget covers everything.
    const candidates = [
      bid("n1", 5, 1, "north"),
      bid("n2", 4, 1, "north"),
      bid("s1", 2, 1, "south"),
      bid("s2", 1, 1, "south"),
    ];
    const result = selectPilots({ candidates, places: 2, budgetPence: 100, regionCap: 1 });
    expect(result.selected).toEqual(["n1", "s1"]);
    expect(result.leftOut).toEqual([
      // Lifting the cap: n1 + n2 = 9. Lifting the places: n1 + s1, cap still binds.
      { bidId: "n2", reasons: ["REGION_CAP"], bestTotalWithIt: 6 },
      // Lifting the cap: n1 + n2. Lifting the places: n1 + s1. Lifting the budget changes nothing.
      { bidId: "s2", reasons: ["SCORE"], bestTotalWithIt: 6 },
    ]);
  });

  it("explains every bid as over the places when there are none", () => {
    const result = selectPilots({ candidates: [bid("a", 3, 1)], places: 0, budgetPence: 10 });
    expect(result.selected).toEqual([]);
    expect(result.leftOut).toEqual([{ bidId: "a", reasons: ["PLACES"], bestTotalWithIt: null }]);
  });

  it("compares scores in millionths, so floating-point addition cannot decide a tie", () => {
    // 1 + 1.0104 < 2.0104 in floating point (and 1e6 + 1.0104e6 < 2.0104e6); in millionths they tie,
    // so the cheaper pair wins.
    const result = selectPilots({
      candidates: [bid("one", 1, 4), bid("other", 1.0104, 4), bid("single", 2.0104, 10)],
      places: 2,
      budgetPence: 10,
    });
    expect(result.selected).toEqual(["other", "one"]);
  });

  it("refuses input it cannot answer exactly", () => {
    const ok = { candidates: [bid("a", 3, 1)], places: 1, budgetPence: 10 };
    expect(() => selectPilots({ ...ok, candidates: [bid("a", 3, 1), bid("a", 2, 1)] })).toThrow(
      RangeError,
    );
    expect(() => selectPilots({ ...ok, candidates: [bid("a", Number.NaN, 1)] })).toThrow(
      RangeError,
    );
    expect(() => selectPilots({ ...ok, candidates: [bid("a", 3, 1.5)] })).toThrow(RangeError);
    expect(() => selectPilots({ ...ok, places: 1.5 })).toThrow(RangeError);
    expect(() => selectPilots({ ...ok, budgetPence: -1 })).toThrow(RangeError);
    expect(() => selectPilots({ ...ok, regionCap: -1 })).toThrow(RangeError);
  });
});

describe("selectPilots against brute force", () => {
  const rand = mulberry32(20_240_917);
  const rounds = Array.from({ length: 300 }, () => randomRound(rand));

  it("finds the optimum of every round, feasibly, with the documented tie-break", () => {
    for (const [index, { candidates, ...limits }] of rounds.entries()) {
      const result = selectPilots({ candidates, ...limits });
      const { best, bestWith } = bruteForce(candidates, limits);
      const context = `round ${index}`;

      expect(feasible(candidates, result.selected, limits), context).toBe(true);
      expect(units(result.totalScore), context).toBe(best.units);
      expect([...result.selected].sort(), context).toEqual(best.ids);
      expect(result.totalCostPence, context).toBe(best.cost);
      expect(result.selected.length + result.leftOut.length, context).toBe(candidates.length);

      if (index % 2 === 0)
        for (const out of result.leftOut) {
          const expected = bestWith.get(out.bidId);
          const actual = out.bestTotalWithIt === null ? undefined : units(out.bestTotalWithIt);
          expect(actual, `${context}, ${out.bidId}`).toBe(expected);
        }

      expect(selectPilots({ candidates: shuffled(candidates, rand), ...limits }), context).toEqual(
        result,
      );
    }
  });

  it("explains every left-out bid as defined", () => {
    const seen = new Set<string>();
    for (const [index, { candidates, ...limits }] of rounds.entries()) {
      if (candidates.length > 12) continue;
      for (const out of selectPilots({ candidates, ...limits }).leftOut) {
        expect(out.reasons, `round ${index}, ${out.bidId}`).toEqual(
          bruteReasons(candidates, limits, out.bidId),
        );
        seen.add(out.reasons.join("+"));
      }
    }
    // The rounds must reach every kind of explanation, or this test proves little.
    for (const kind of ["BUDGET", "PLACES", "REGION_CAP", "SCORE", "BUDGET+PLACES"])
      expect(seen).toContain(kind);
    expect([...seen].some((kind) => kind.includes("+REGION_CAP"))).toBe(true);
  });
});

describe("selectPilots on a full-size round", () => {
  it("chooses 7 of 45 bids within a tight budget and explains the rest in well under a second", () => {
    const rand = mulberry32(45);
    const regions = [
      "north-east",
      "north-west",
      "midlands",
      "east",
      "london",
      "south-east",
      "south-west",
    ];
    const candidates = Array.from({ length: 45 }, (_, i) => ({
      bidId: `bid-${String(i).padStart(2, "0")}`,
      score: Math.round((1 + rand() * 4) * 10_000) / 10_000,
      costPence: 2_000_000 + Math.floor(rand() * 8_000_000),
      regionId: regions[Math.floor(rand() * regions.length)]!,
    }));

    const started = performance.now();
    const result = selectPilots({ candidates, places: 7, budgetPence: 35_000_000, regionCap: 2 });
    const elapsed = performance.now() - started;

    expect(result.selected.length).toBeLessThanOrEqual(7);
    expect(result.totalCostPence).toBeLessThanOrEqual(35_000_000);
    expect(result.leftOut).toHaveLength(45 - result.selected.length);
    expect(elapsed).toBeLessThan(2000);
  });

  it("stays quick when dearer bids score higher, so places and budget both bind", () => {
    // Score tracks cost: the hard case for a knapsack bound (this round took 2.6 s before the
    // Lagrangian bound in lib/selection/find-best-selection.ts).
    const rand = mulberry32(7);
    const candidates = Array.from({ length: 45 }, (_, i) => {
      const costPence = 500_000 + Math.floor(rand() * 9_500_000);
      const score = 1 + (4 * (costPence - 500_000)) / 9_500_000 + rand() * 0.2;
      return bid(
        `bid-${i}`,
        Math.round(score * 10_000) / 10_000,
        costPence,
        `region-${Math.floor(rand() * 7)}`,
      );
    });

    const started = performance.now();
    const result = selectPilots({ candidates, places: 7, budgetPence: 35_000_000, regionCap: 2 });
    const elapsed = performance.now() - started;

    expect(result.totalCostPence).toBeLessThanOrEqual(35_000_000);
    expect(elapsed).toBeLessThan(2000);
  });
});
