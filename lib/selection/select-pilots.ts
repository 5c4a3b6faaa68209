/**
 * Which bids the portal proposes as pilots (docs/domain.md, "Rules that matter": selection fills the
 * pilot places within the budget with the best total score, optionally with at most K pilots per region),
 * and why each other bid was left out.
 *
 * The choice is exact, not greedy: a depth-first branch and bound over the bids in descending score
 * order, bounded at every node by the smaller of (a) the best scores still open that fit the places, the
 * remaining budget one by one and the region caps, and (b) the fractional-knapsack value of the remaining
 * budget. A dynamic programme over pence is out: budgets run to tens of millions of pence.
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

type Item = { id: string; units: number; cost: number; region: number };

/**
 * One instance of the choice. `counts` holds bids already taken per region (a bid forced in); an absent
 * limit is `Infinity`.
 */
type Problem = {
  items: readonly Item[];
  places: number;
  budget: number;
  cap: number;
  counts: readonly number[];
};

type Best = { units: number; cost: number; picks: Item[] };

/** The ranking: higher score, then lower cost, then bidId. A search walks the bids in this order. */
function rankItems(a: Item, b: Item): number {
  return b.units - a.units || a.cost - b.cost || compareIds(a.id, b.id);
}

/** The order of the output lists: descending score, ties by bidId. */
function byScoreThenId(a: Item, b: Item): number {
  return b.units - a.units || compareIds(a.id, b.id);
}

// Code-unit order, not localeCompare: the answer must not depend on the server's locale.
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Branch and bound over `problem`. With `tieBreak`, the best selection under the full order (score, then
 * cost, then the higher-ranked bid where two selections first differ); without it, only the best score, and the search stops as soon as it reaches `target`
 * (when set, it also looks only for selections of at least `target`, returning a lower score when none
 * exists).
 */
function search(
  problem: Problem,
  { tieBreak, target }: { tieBreak: boolean; target?: number },
): Best {
  // The empty selection already reaches a target of nothing.
  if (target !== undefined && target <= 0) return { units: 0, cost: 0, picks: [] };
  const { places, budget, cap } = problem;
  // A bid dearer than the whole budget can never be taken; dropping it also keeps the products below exact.
  const items = problem.items.filter((item) => item.cost <= budget).sort(rankItems);
  const n = items.length;
  const counts = [...problem.counts];
  const extra = counts.map(() => 0);
  // Best score per pound first (free bids before all), the order the fractional knapsack fills in.
  const byValue = items
    .map((_, i) => i)
    .sort((i, j) => {
      const a = items[i]!;
      const b = items[j]!;
      return b.units * a.cost - a.units * b.cost || i - j;
    });

  const picks: Item[] = [];
  // Which ranked bids the current and the best selection hold, for the last tie-break.
  const marks = new Uint8Array(n);
  const bestMarks = new Uint8Array(n);
  // +1 when the current selection holds the higher-ranked bid where the two first differ before `upTo`.
  const compareMarks = (upTo: number): number => {
    for (let i = 0; i < upTo; i++) if (marks[i] !== bestMarks[i]) return marks[i]! - bestMarks[i]!;
    return 0;
  };
  let best: Best =
    target === undefined
      ? { units: 0, cost: 0, picks: [] }
      : { units: target - 1, cost: 0, picks: [] };
  let done = false;

  const offer = (units: number, cost: number) => {
    const better =
      units > best.units ||
      (tieBreak &&
        units === best.units &&
        (cost < best.cost || (cost === best.cost && compareMarks(n) > 0)));
    if (!better) return;
    best = { units, cost, picks: [...picks] };
    bestMarks.set(marks);
    if (target !== undefined && units >= target) done = true;
  };

  const open = (item: Item, room: number) => item.cost <= room && counts[item.region]! < cap;

  // The most the bids from `from` on can add: min of the places bound and the fractional-knapsack bound.
  const upperBound = (from: number, placesLeft: number, room: number): number => {
    let byPlaces = 0;
    let taken = 0;
    for (let i = from; i < n && taken < placesLeft; i++) {
      const item = items[i]!;
      if (!open(item, room) || counts[item.region]! + extra[item.region]! >= cap) continue;
      extra[item.region]!++;
      taken++;
      byPlaces += item.units;
    }
    extra.fill(0);

    let byBudget = 0;
    let left = room;
    for (const i of byValue) {
      if (byBudget >= byPlaces) break;
      const item = items[i]!;
      if (i < from || !open(item, room)) continue;
      if (item.cost <= left) {
        left -= item.cost;
        byBudget += item.units;
      } else {
        byBudget += floorFraction(item.units, left, item.cost);
        break;
      }
    }
    return Math.min(byPlaces, byBudget);
  };

  // The least the bids from `from` on must cost to add `need` units (fractional cover: cheapest per unit).
  const leastCostToAdd = (from: number, need: number, room: number): number => {
    let cost = 0;
    for (const i of byValue) {
      if (need <= 0) return cost;
      const item = items[i]!;
      if (i < from || item.units === 0 || !open(item, room)) continue;
      if (item.units >= need) return cost + ceilFraction(item.cost, need, item.units);
      cost += item.cost;
      need -= item.units;
    }
    return need <= 0 ? cost : Infinity;
  };

  const visit = (from: number, taken: number, cost: number, units: number): void => {
    if (done || from === n || taken >= places) return;
    const room = budget - cost;
    const bound = units + upperBound(from, places - taken, room);
    if (bound < best.units) return;
    if (bound === best.units) {
      // Only a cheaper selection of the same score, or an equally cheap one that already holds a
      // higher-ranked bid than the best, could still win.
      if (!tieBreak) return;
      const leastCost = cost + leastCostToAdd(from, best.units - units, room);
      if (leastCost > best.cost || (leastCost === best.cost && compareMarks(from) < 0)) return;
    }
    const item = items[from]!;
    if (open(item, room)) {
      counts[item.region]!++;
      picks.push(item);
      marks[from] = 1;
      offer(units + item.units, cost + item.cost);
      visit(from + 1, taken + 1, cost + item.cost, units + item.units);
      marks[from] = 0;
      picks.pop();
      counts[item.region]!--;
    }
    visit(from + 1, taken, cost, units);
  };

  visit(0, 0, 0, 0);
  return best;
}

// floor(units * left / cost), never below the true value; past exact integers, the whole bid is a bound.
function floorFraction(units: number, left: number, cost: number): number {
  const product = units * left;
  return Number.isSafeInteger(product) ? Math.floor(product / cost) : units;
}

// ceil(cost * need / units), never above the true value; past exact integers, nothing is a bound.
function ceilFraction(cost: number, need: number, units: number): number {
  const product = cost * need;
  return Number.isSafeInteger(product) ? Math.ceil(product / units) : 0;
}

/** The problem with `item` already taken, or null when no selection within the limits can include it. */
function withForced(problem: Problem, item: Item): Problem | null {
  if (
    problem.places < 1 ||
    item.cost > problem.budget ||
    problem.counts[item.region]! >= problem.cap
  )
    return null;
  const counts = [...problem.counts];
  counts[item.region]!++;
  return {
    items: problem.items.filter((other) => other !== item),
    places: problem.places - 1,
    budget: problem.budget - item.cost,
    cap: problem.cap,
    counts,
  };
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
  // The search compares score-per-pence by cross-multiplying; it must stay exact.
  if (maxUnits * budgetPence > Number.MAX_SAFE_INTEGER)
    throw new RangeError("scores and budget too large to compare exactly");
}

const RELAXABLE = ["BUDGET", "PLACES", "REGION_CAP"] as const;

function relax(problem: Problem, limit: (typeof RELAXABLE)[number]): Problem {
  if (limit === "BUDGET") return { ...problem, budget: Infinity };
  if (limit === "PLACES") return { ...problem, places: Infinity };
  return { ...problem, cap: Infinity };
}

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

  const problem: Problem = {
    items,
    places,
    budget: budgetPence,
    cap: regionCap ?? Infinity,
    counts: [...regions.keys()].map(() => 0),
  };
  const chosen = new Set(search(problem, { tieBreak: true }).picks);
  const selected = items.filter((item) => chosen.has(item));

  const limits = RELAXABLE.filter((limit) => limit !== "REGION_CAP" || regionCap !== null);
  const relaxed = new Map(
    limits.map((limit) => {
      const wider = relax(problem, limit);
      const best = search(wider, { tieBreak: false });
      return [limit, { problem: wider, units: best.units, picks: new Set(best.picks) }] as const;
    }),
  );

  // Whether some selection within `within` that includes `item` reaches `target` units.
  const reachesWith = (within: Problem, item: Item, target: number): boolean => {
    const rest = withForced(within, item);
    if (rest === null) return false;
    return (
      item.units + search(rest, { tieBreak: false, target: target - item.units }).units >= target
    );
  };

  // A best selection within every limit that includes `item`, or null when there is none.
  const bestWith = (item: Item): Item[] | null => {
    const rest = withForced(problem, item);
    if (rest === null) return null;
    return [item, ...search(rest, { tieBreak: false }).picks].sort(byScoreThenId);
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
