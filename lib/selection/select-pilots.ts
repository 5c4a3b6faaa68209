/**
 * Which bids the portal proposes as pilots (docs/domain.md, "Rules that matter": selection fills the
 * pilot places within the budget with the best total score, optionally with at most K pilots per region),
 * and why each other bid was left out.
 *
 * The choice is exact, not greedy: a depth-first branch and bound over the bids in ranking order
 * (lib/selection/find-best-selection.ts), bounded by the places and caps, by the fractional knapsack of
 * the budget left, and by a Lagrangian bound that prices the budget. A dynamic programme over pence is
 * out: budgets run to tens of millions of pence. A 45-bid, 7-place round, with every left-out bid
 * explained, takes tens of milliseconds.
 *
 * Scores are compared in whole millionths (`Math.round(score * 1e6)`), so the order in which floating
 * scores are added can never change the answer, and two scores closer than that count as equal.
 *
 * Among selections with the same best total the proposal is the one with the lower total cost. Among
 * those, rank the bids by score (highest first), then cost (lowest first), then bidId (UTF-16 code-unit
 * order), walk down the ranking, and take the selection that holds the first bid on which the two differ:
 * the higher-ranked bid wins the tie. The answer therefore depends only on the set of candidates, never
 * on their order. (Comparing sorted bidId lists instead would be as deterministic, but cannot be pruned
 * along the ranking: with many equal bids the search would try every tied set.)
 */

import {
  compareIds,
  findBestSelection,
  withBudgetPrice,
  withForced,
  type Item,
  type Problem,
} from "./find-best-selection";

export type Candidate = { bidId: string; score: number; costPence: number; regionId: string };

export type LeftOutReason = "BUDGET" | "PLACES" | "REGION_CAP" | "SCORE";

export type LeftOut = {
  bidId: string;
  /**
   * Why the bid is not in the proposal; never empty, listed in the order BUDGET, PLACES, REGION_CAP.
   *
   * - Its cost alone is over the whole budget: `["BUDGET"]`.
   * - Otherwise a limit (PLACES, BUDGET, or REGION_CAP when a cap is set) is a reason when lifting that
   *   limit alone, the others kept, lets the bid into some best selection: the best total with the bid
   *   forced in is at least the best total without the bid forced in. Asking for *some* best selection,
   *   rather than the one the tie-break picks, keeps the reasons independent of the tie-break.
   * - When no limit qualifies: `["SCORE"]`: the bid scores too low to be in a best selection even with
   *   any one limit lifted. (A bid that ties with the proposal and loses only on the tie-break can land
   *   here too when lifting each limit lets better bids in; `bestTotalWithIt` equal to the proposal's
   *   total shows that case.)
   */
  reasons: LeftOutReason[];
  /** The best total of a selection within every limit that includes the bid; null when none exists. */
  bestTotalWithIt: number | null;
};

export type Selection = {
  /** bidIds in descending score order, ties by bidId. */
  selected: string[];
  /** The sum of the selected bids' scores, as given. */
  totalScore: number;
  totalCostPence: number;
  /** Every candidate not selected, in descending score order, ties by bidId. */
  leftOut: LeftOut[];
};

/** Millionths of a point: weighted means such as 3.4667 stay distinct, sums stay exact integers. */
const SCORE_UNITS = 1e6;

function toUnits(score: number): number {
  return Math.round(score * SCORE_UNITS);
}

/** The order of the output lists: descending score, ties by bidId. */
function byScoreThenId(a: Item, b: Item): number {
  return b.units - a.units || compareIds(a.id, b.id);
}

function validate({
  candidates,
  places,
  budgetPence,
  regionCap,
}: {
  candidates: readonly Candidate[];
  places: number;
  budgetPence: number;
  regionCap: number | null;
}): void {
  if (!Number.isInteger(places) || places < 0)
    throw new RangeError("places must be a whole number");
  if (!Number.isSafeInteger(budgetPence) || budgetPence < 0)
    throw new RangeError("budgetPence must be a whole number of pence");
  if (regionCap !== null && (!Number.isInteger(regionCap) || regionCap < 0))
    throw new RangeError("regionCap must be a whole number or null");
  const seen = new Set<string>();
  let maxUnits = 0;
  for (const { bidId, score, costPence } of candidates) {
    if (seen.has(bidId)) throw new RangeError(`bid ${bidId} appears twice`);
    seen.add(bidId);
    if (!Number.isFinite(score) || score < 0)
      throw new RangeError(`bid ${bidId} has no valid score`);
    if (!Number.isSafeInteger(costPence) || costPence < 0)
      throw new RangeError(`bid ${bidId} has no valid cost`);
    maxUnits = Math.max(maxUnits, toUnits(score));
  }
  // The search compares score per penny by cross-multiplying; the products must stay exact integers.
  // With a £350,000 budget that allows scores up to about 250.
  if (maxUnits * budgetPence > Number.MAX_SAFE_INTEGER)
    throw new RangeError("scores and budget too large to compare exactly");
}

const RELAXABLE = ["BUDGET", "PLACES", "REGION_CAP"] as const;

function relax(problem: Problem, limit: (typeof RELAXABLE)[number]): Problem {
  if (limit === "BUDGET") return { ...problem, budget: Infinity };
  if (limit === "PLACES") return { ...problem, places: Infinity };
  return { ...problem, cap: Infinity };
}

/**
 * The proposal for a round: at most `places` bids, costing at most `budgetPence` in all, and at most
 * `regionCap` from any one region when set, with the highest total score. Throws a RangeError for input
 * it cannot answer exactly: repeated bidIds, negative or non-finite scores, costs or limits that are not
 * whole numbers.
 */
export function selectPilots({
  candidates,
  places,
  budgetPence,
  regionCap = null,
}: {
  candidates: readonly Candidate[];
  places: number;
  budgetPence: number;
  regionCap?: number | null;
}): Selection {
  validate({ candidates, places, budgetPence, regionCap });

  const regions = new Map<string, number>();
  for (const { regionId } of candidates)
    if (!regions.has(regionId)) regions.set(regionId, regions.size);
  const items: Item[] = candidates
    .map(({ bidId, score, costPence, regionId }) => ({
      id: bidId,
      units: toUnits(score),
      cost: costPence,
      region: regions.get(regionId)!,
    }))
    .sort(byScoreThenId);
  const scoreOf = new Map(candidates.map((c) => [c.bidId, c.score]));
  // Totals are reported as given, summed in a fixed order so the same selection always reads the same.
  const sumScores = (chosen: readonly Item[]) =>
    chosen.reduce((sum, item) => sum + scoreOf.get(item.id)!, 0);

  const problem: Problem = withBudgetPrice({
    items,
    places,
    budget: budgetPence,
    cap: regionCap ?? Infinity,
    counts: [...regions.keys()].map(() => 0),
  });
  const chosen = new Set(findBestSelection(problem, { tieBreak: true }).picks);
  const selected = items.filter((item) => chosen.has(item));

  const limits = RELAXABLE.filter((limit) => limit !== "REGION_CAP" || regionCap !== null);
  const relaxed = new Map(
    limits.map((limit) => {
      const wider = withBudgetPrice(relax(problem, limit));
      const best = findBestSelection(wider, { tieBreak: false });
      return [limit, { problem: wider, units: best.units, picks: new Set(best.picks) }] as const;
    }),
  );

  // Whether some selection within `within` that includes `item` reaches `target` units.
  const reachesWith = (within: Problem, item: Item, target: number): boolean => {
    const rest = withForced(within, item);
    if (rest === null) return false;
    return (
      item.units +
        findBestSelection(rest, { tieBreak: false, target: target - item.units }).units >=
      target
    );
  };

  // A best selection within every limit that includes `item`, or null when there is none.
  const bestWith = (item: Item): Item[] | null => {
    const rest = withForced(problem, item);
    if (rest === null) return null;
    return [item, ...findBestSelection(rest, { tieBreak: false }).picks].sort(byScoreThenId);
  };

  const leftOut = items
    .filter((item) => !chosen.has(item))
    .map((item): LeftOut => {
      if (item.cost > budgetPence)
        return { bidId: item.id, reasons: ["BUDGET"], bestTotalWithIt: null };
      const reasons: LeftOutReason[] = limits.filter((limit) => {
        const wider = relaxed.get(limit)!;
        if (wider.picks.has(item)) return true;
        return reachesWith(wider.problem, item, wider.units);
      });
      const withIt = bestWith(item);
      return {
        bidId: item.id,
        reasons: reasons.length > 0 ? reasons : ["SCORE"],
        bestTotalWithIt: withIt === null ? null : sumScores(withIt),
      };
    });

  return {
    selected: selected.map((item) => item.id),
    totalScore: sumScores(selected),
    totalCostPence: selected.reduce((sum, item) => sum + item.cost, 0),
    leftOut,
  };
}
