import { describe, expect, it } from "vitest";
import { planAssignments, type PlanInput } from "@/lib/assessment/plan-assignments";

const ids = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(2, "0")}`);

const freshBids = (count: number) =>
  ids("bid-", count).map((bidId) => ({ bidId, assessorIds: [] }));
const idleAssessors = (count: number) =>
  ids("assessor-", count).map((assessorId) => ({ assessorId, load: 0 }));

function finalLoads(input: PlanInput, assignments: { assessorId: string }[]): Map<string, number> {
  const loads = new Map(input.assessors.map((a) => [a.assessorId, a.load]));
  for (const { assessorId } of assignments) loads.set(assessorId, loads.get(assessorId)! + 1);
  return loads;
}

function countsByBid(assignments: { bidId: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { bidId } of assignments) counts.set(bidId, (counts.get(bidId) ?? 0) + 1);
  return counts;
}

describe("planAssignments", () => {
  it("gives 6 bids 3 assessors each from 6 idle assessors, 3 bids per assessor", () => {
    const input: PlanInput = {
      perBid: 3,
      bids: freshBids(6),
      assessors: idleAssessors(6),
      blocked: [],
    };
    const { assignments, unfilled } = planAssignments(input);
    expect(unfilled).toEqual([]);
    expect([...countsByBid(assignments).values()]).toEqual([3, 3, 3, 3, 3, 3]);
    expect([...finalLoads(input, assignments).values()]).toEqual([3, 3, 3, 3, 3, 3]);
  });

  it("sorts the plan by bid, then assessor", () => {
    const { assignments } = planAssignments({
      perBid: 2,
      bids: [
        { bidId: "b", assessorIds: [] },
        { bidId: "a", assessorIds: [] },
      ],
      assessors: [
        { assessorId: "y", load: 0 },
        { assessorId: "x", load: 0 },
      ],
      blocked: [],
    });
    expect(assignments).toEqual([
      { bidId: "a", assessorId: "x" },
      { bidId: "a", assessorId: "y" },
      { bidId: "b", assessorId: "x" },
      { bidId: "b", assessorId: "y" },
    ]);
  });

  it("gives an assessor with a heavy existing load nothing, and spreads the rest evenly", () => {
    const input: PlanInput = {
      perBid: 2,
      bids: freshBids(4),
      assessors: [
        { assessorId: "busy", load: 5 },
        { assessorId: "idle-1", load: 0 },
        { assessorId: "idle-2", load: 0 },
        { assessorId: "idle-3", load: 0 },
      ],
      blocked: [],
    };
    const { assignments, unfilled } = planAssignments(input);
    expect(unfilled).toEqual([]);
    expect(assignments).toHaveLength(8);
    // Minimising only the highest load would allow 4 + 2 + 2 here; the plan also evens the rest.
    expect(Object.fromEntries(finalLoads(input, assignments))).toEqual({
      busy: 5,
      "idle-1": 3,
      "idle-2": 3,
      "idle-3": 2,
    });
  });

  it("counts existing loads towards balance", () => {
    const input: PlanInput = {
      perBid: 1,
      bids: freshBids(6),
      assessors: [
        { assessorId: "a", load: 5 },
        { assessorId: "b", load: 2 },
        { assessorId: "c", load: 0 },
      ],
      blocked: [],
    };
    const loads = finalLoads(input, planAssignments(input).assignments);
    expect(Object.fromEntries(loads)).toEqual({ a: 5, b: 4, c: 4 });
  });

  it("never assigns a blocked pair, even when that leaves the load uneven", () => {
    const input: PlanInput = {
      perBid: 1,
      bids: freshBids(4),
      assessors: idleAssessors(2),
      blocked: ids("bid-", 3).map((bidId) => ({
        bidId,
        assessorId: "assessor-02",
        reason: "Conflicted",
      })),
    };
    const { assignments, unfilled } = planAssignments(input);
    expect(unfilled).toEqual([]);
    expect(assignments).toEqual([
      { bidId: "bid-01", assessorId: "assessor-01" },
      { bidId: "bid-02", assessorId: "assessor-01" },
      { bidId: "bid-03", assessorId: "assessor-01" },
      { bidId: "bid-04", assessorId: "assessor-02" },
    ]);
  });

  it("counts current assignments towards the bid and never repeats them", () => {
    const { assignments, unfilled } = planAssignments({
      perBid: 3,
      bids: [{ bidId: "bid", assessorIds: ["assessor-01", "former-assessor"] }],
      assessors: idleAssessors(3),
      blocked: [],
    });
    expect(unfilled).toEqual([]);
    expect(assignments).toEqual([{ bidId: "bid", assessorId: "assessor-02" }]);
  });

  it("leaves bids that are already full alone", () => {
    const input: PlanInput = {
      perBid: 2,
      bids: [
        { bidId: "full", assessorIds: ["assessor-01", "assessor-02"] },
        { bidId: "over", assessorIds: ["assessor-01", "assessor-02", "assessor-03"] },
        { bidId: "open", assessorIds: [] },
      ],
      assessors: [
        { assessorId: "assessor-01", load: 2 },
        { assessorId: "assessor-02", load: 2 },
        { assessorId: "assessor-03", load: 1 },
        { assessorId: "assessor-04", load: 0 },
      ],
      blocked: [],
    };
    const { assignments, unfilled } = planAssignments(input);
    expect(unfilled).toEqual([]);
    expect(assignments).toEqual([
      { bidId: "open", assessorId: "assessor-03" },
      { bidId: "open", assessorId: "assessor-04" },
    ]);
  });

  it.each([
    {
      name: "too few unconflicted assessors",
      input: {
        perBid: 3,
        bids: [
          { bidId: "short", assessorIds: [] },
          { bidId: "fine", assessorIds: [] },
        ],
        assessors: idleAssessors(6),
        blocked: [
          {
            bidId: "short",
            assessorId: "assessor-01",
            reason: "Chair at Trust A (since May 2020)",
          },
          { bidId: "short", assessorId: "assessor-02", reason: "Declared an interest in B" },
          {
            bidId: "short",
            assessorId: "assessor-03",
            reason: "Chair at Trust A (since May 2020)",
          },
          { bidId: "short", assessorId: "assessor-04", reason: "Sister works there" },
          { bidId: "short", assessorId: "not-an-assessor", reason: "Ignored" },
        ],
      },
      unfilled: [
        {
          bidId: "short",
          missing: 1,
          reason:
            "Needs 1 more assessor: 4 of the round's 6 assessors cannot take it (Chair at Trust A (since May 2020); Declared an interest in B; Sister works there) and the other 2 are assigned to it",
        },
      ],
    },
    {
      name: "a bid every assessor is conflicted with",
      input: {
        perBid: 2,
        bids: [{ bidId: "short", assessorIds: [] }],
        assessors: idleAssessors(3),
        blocked: ids("assessor-", 3).map((assessorId) => ({
          bidId: "short",
          assessorId,
          reason: `Conflict of ${assessorId}`,
        })),
      },
      unfilled: [
        {
          bidId: "short",
          missing: 2,
          reason:
            "Needs 2 more assessors: all 3 of the round's assessors cannot take it (Conflict of assessor-01; Conflict of assessor-02; Conflict of assessor-03)",
        },
      ],
    },
    {
      name: "fewer assessors than places, one already assigned",
      input: {
        perBid: 3,
        bids: [{ bidId: "short", assessorIds: ["assessor-01"] }],
        assessors: idleAssessors(2),
        blocked: [],
      },
      unfilled: [
        {
          bidId: "short",
          missing: 1,
          reason: "Needs 1 more assessor: both of the round's assessors are assigned to it",
        },
      ],
    },
    {
      name: "one assessor, conflicted, with the conflict on an existing assignment not counted twice",
      input: {
        perBid: 2,
        bids: [
          { bidId: "a", assessorIds: [] },
          { bidId: "b", assessorIds: ["assessor-01"] },
        ],
        assessors: idleAssessors(1),
        blocked: [
          { bidId: "a", assessorId: "assessor-01", reason: "Councillor" },
          { bidId: "b", assessorId: "assessor-01", reason: "Councillor" },
        ],
      },
      unfilled: [
        {
          bidId: "a",
          missing: 2,
          reason: "Needs 2 more assessors: the round's only assessor cannot take it (Councillor)",
        },
        {
          bidId: "b",
          missing: 1,
          reason: "Needs 1 more assessor: the round's only assessor is assigned to it",
        },
      ],
    },
    {
      name: "no assessors at all",
      input: {
        perBid: 2,
        bids: [
          { bidId: "b", assessorIds: [] },
          { bidId: "a", assessorIds: ["gone"] },
          { bidId: "full", assessorIds: ["x", "y"] },
        ],
        assessors: [],
        blocked: [],
      },
      unfilled: [
        { bidId: "a", missing: 1, reason: "Needs 1 more assessor: the round has no assessors" },
        { bidId: "b", missing: 2, reason: "Needs 2 more assessors: the round has no assessors" },
      ],
    },
  ])("reports $name", ({ input, unfilled }) => {
    expect(planAssignments(input).unfilled).toEqual(unfilled);
  });

  it("fills the other bids around a short one", () => {
    const { assignments } = planAssignments({
      perBid: 3,
      bids: freshBids(2),
      assessors: idleAssessors(4),
      blocked: ids("assessor-", 3).map((assessorId) => ({
        bidId: "bid-01",
        assessorId,
        reason: "Conflicted",
      })),
    });
    expect(Object.fromEntries(countsByBid(assignments))).toEqual({ "bid-01": 1, "bid-02": 3 });
  });

  it("plans nothing when the round asks for no assessors", () => {
    expect(
      planAssignments({ perBid: 0, bids: freshBids(2), assessors: idleAssessors(2), blocked: [] }),
    ).toEqual({ assignments: [], unfilled: [] });
  });

  it.each([-1, 1.5, Number.NaN])("refuses %s assessors per bid", (perBid) => {
    expect(() =>
      planAssignments({ perBid, bids: freshBids(1), assessors: idleAssessors(1), blocked: [] }),
    ).toThrow(RangeError);
  });

  it("refuses a bid or an assessor listed twice", () => {
    expect(() =>
      planAssignments({
        perBid: 1,
        bids: [...freshBids(1), ...freshBids(1)],
        assessors: [],
        blocked: [],
      }),
    ).toThrow("The bid bid-01 is listed twice");
    expect(() =>
      planAssignments({
        perBid: 1,
        bids: [],
        assessors: [...idleAssessors(1), ...idleAssessors(1)],
        blocked: [],
      }),
    ).toThrow("The assessor assessor-01 is listed twice");
  });

  it("gives the same plan whatever order the input comes in", () => {
    const random = mulberry32(7);
    const input = randomInstance(random, { bids: 12, assessors: 8, perBid: 3 });
    const expected = planAssignments(input);
    expect(expected.assignments.length).toBeGreaterThan(0);
    for (let i = 0; i < 20; i++) {
      const shuffledInput: PlanInput = {
        perBid: input.perBid,
        bids: shuffle(random, input.bids).map((b) => ({
          ...b,
          assessorIds: shuffle(random, b.assessorIds),
        })),
        assessors: shuffle(random, input.assessors),
        blocked: shuffle(random, input.blocked),
      };
      expect(planAssignments(shuffledInput)).toEqual(expected);
    }
  });

  it("plans a full round (60 bids × 30 assessors) quickly and evenly", () => {
    const input: PlanInput = {
      perBid: 3,
      bids: freshBids(60),
      assessors: idleAssessors(30),
      blocked: [],
    };
    const started = performance.now();
    const { assignments, unfilled } = planAssignments(input);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(unfilled).toEqual([]);
    expect(new Set(finalLoads(input, assignments).values())).toEqual(new Set([6]));
  });
});

describe("planAssignments on random rounds", () => {
  it("matches a brute-force optimum on 200 tiny rounds", () => {
    const random = mulberry32(20_260_123);
    for (let i = 0; i < 200; i++) {
      const input = randomInstance(random, {
        bids: 1 + Math.floor(random() * 4),
        assessors: 1 + Math.floor(random() * 4),
        perBid: 1 + Math.floor(random() * 3),
      });
      const plan = planAssignments(input);
      checkPlanIsValid(input, plan);

      const best = bruteForce(input);
      expect(plan.assignments.length, JSON.stringify(input)).toBe(best.filled);
      const sortedLoads = [...finalLoads(input, plan.assignments).values()].sort((a, b) => b - a);
      // The highest final load is the least possible, and so is the whole sorted list after it.
      expect(sortedLoads[0] ?? 0, JSON.stringify(input)).toBe(best.loads[0] ?? 0);
      expect(sortedLoads, JSON.stringify(input)).toEqual(best.loads);
    }
  });

  it("fills as many places as possible on 50 larger rounds", () => {
    const random = mulberry32(45);
    for (let i = 0; i < 50; i++) {
      const input = randomInstance(random, {
        bids: 10 + Math.floor(random() * 40),
        assessors: 3 + Math.floor(random() * 20),
        perBid: 1 + Math.floor(random() * 4),
      });
      const plan = planAssignments(input);
      checkPlanIsValid(input, plan);
      expect(plan.assignments.length).toBe(maximumFilling(input));
    }
  });
});

/** No blocked or repeated pair, no bid over its places, and every short bid reported truthfully. */
function checkPlanIsValid(input: PlanInput, plan: ReturnType<typeof planAssignments>): void {
  const blocked = new Set(input.blocked.map((b) => `${b.bidId}/${b.assessorId}`));
  const known = new Set(input.assessors.map((a) => a.assessorId));
  const seen = new Set<string>();
  for (const { bidId, assessorId } of plan.assignments) {
    const key = `${bidId}/${assessorId}`;
    expect(blocked.has(key), key).toBe(false);
    expect(seen.has(key), key).toBe(false);
    expect(known.has(assessorId)).toBe(true);
    seen.add(key);
  }
  const added = countsByBid(plan.assignments);
  const shortBy = new Map(plan.unfilled.map((u) => [u.bidId, u.missing]));
  for (const bid of input.bids) {
    for (const assessorId of bid.assessorIds)
      expect(seen.has(`${bid.bidId}/${assessorId}`)).toBe(false);
    const current = new Set(bid.assessorIds).size;
    const final = current + (added.get(bid.bidId) ?? 0);
    if (current >= input.perBid) expect(added.get(bid.bidId) ?? 0).toBe(0);
    else expect(final).toBeLessThanOrEqual(input.perBid);
    expect(shortBy.get(bid.bidId) ?? 0).toBe(Math.max(0, input.perBid - final));
  }
  for (const u of plan.unfilled) expect(u.reason).toMatch(/^Needs \d+ more assessors?: /);
}

/** Every plan, by trying every set of eligible assessors for every bid: the most filled, then the
 * smallest final loads sorted from highest down. */
function bruteForce(input: PlanInput): { filled: number; loads: number[] } {
  const blocked = new Set(input.blocked.map((b) => `${b.bidId}/${b.assessorId}`));
  const options = input.bids.map((bid) => {
    const current = new Set(bid.assessorIds);
    const need = Math.max(0, input.perBid - current.size);
    const eligible = input.assessors
      .map((a) => a.assessorId)
      .filter((id) => !current.has(id) && !blocked.has(`${bid.bidId}/${id}`));
    return subsetsUpTo(eligible, need);
  });
  const best = { filled: -1, loads: [] as number[] };
  const loads = new Map(input.assessors.map((a) => [a.assessorId, a.load]));
  const walk = (b: number, filled: number) => {
    if (b === options.length) {
      const sorted = [...loads.values()].sort((x, y) => y - x);
      if (filled > best.filled || (filled === best.filled && lexLess(sorted, best.loads))) {
        best.filled = filled;
        best.loads = sorted;
      }
      return;
    }
    for (const subset of options[b]!) {
      for (const id of subset) loads.set(id, loads.get(id)! + 1);
      walk(b + 1, filled + subset.length);
      for (const id of subset) loads.set(id, loads.get(id)! - 1);
    }
  };
  walk(0, 0);
  return best;
}

function subsetsUpTo<T>(items: readonly T[], max: number): T[][] {
  const result: T[][] = [[]];
  for (const item of items) {
    for (const subset of [...result]) if (subset.length < max) result.push([...subset, item]);
  }
  return result;
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/**
 * The most places any plan can fill. No assessor's load is capped, so each bid independently gets
 * as many of its open places as it has eligible assessors: balancing is the hard part, not filling.
 */
function maximumFilling(input: PlanInput): number {
  const blocked = new Set(input.blocked.map((b) => `${b.bidId}/${b.assessorId}`));
  let filled = 0;
  for (const bid of input.bids) {
    const current = new Set(bid.assessorIds);
    const eligible = input.assessors.filter(
      (a) => !current.has(a.assessorId) && !blocked.has(`${bid.bidId}/${a.assessorId}`),
    ).length;
    filled += Math.min(Math.max(0, input.perBid - current.size), eligible);
  }
  return filled;
}

function randomInstance(
  random: () => number,
  sizes: { bids: number; assessors: number; perBid: number },
): PlanInput {
  const assessorIds = ids("assessor-", sizes.assessors);
  const blockRate = random() * 0.6;
  const bids = ids("bid-", sizes.bids).map((bidId) => ({
    bidId,
    assessorIds: assessorIds.filter(() => random() < 0.15),
  }));
  return {
    perBid: sizes.perBid,
    bids,
    assessors: assessorIds.map((assessorId) => ({ assessorId, load: Math.floor(random() * 4) })),
    blocked: bids.flatMap(({ bidId }) =>
      assessorIds
        .filter(() => random() < blockRate)
        .map((assessorId) => ({ bidId, assessorId, reason: `Conflict ${bidId} ${assessorId}` })),
    ),
  };
}

function shuffle<T>(random: () => number, items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** A small seeded PRNG, so a failing random case can be replayed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
