/**
 * The exact search behind the pilot proposal (lib/selection/select-pilots.ts): a depth-first branch and
 * bound over bids in ranking order. Scores are whole units (millionths of a point), costs whole pence.
 *
 * Each node is bounded by the smallest of three upper bounds on what the bids still open can add:
 * - the places bound: the best scores that fit the places left and the region caps;
 * - the fractional-knapsack bound on the budget left;
 * - a Lagrangian bound that prices the budget at a fixed rate mu (units per penny) and keeps the places
 *   and caps: for every selection T within all limits, sum(s) = sum(s - mu*c) + mu*sum(c) is at most the
 *   best sum of (s - mu*c) over sets within places and caps, plus mu times the budget left. The rate is
 *   the one that makes this smallest at the root. Without it, a 45-bid round where dearer bids score
 *   higher (so places and budget both bind) took 2.6 s; with it, about 0.1 s.
 */

export type Item = { id: string; units: number; cost: number; region: number };

/**
 * One instance of the choice. `counts` holds bids already taken per region (a bid forced in); an absent
 * limit is `Infinity`. `budgetPrice` is the rate for the Lagrangian bound (null: none); worked out once
 * by `withBudgetPrice` and shared by the variants of a problem with a bid forced in, since any rate gives
 * a valid bound. Left undefined, each search works out its own.
 */
export type Problem = {
  items: readonly Item[];
  places: number;
  budget: number;
  cap: number;
  counts: readonly number[];
  budgetPrice?: number | null;
};

export type Best = { units: number; cost: number; picks: Item[] };

/** The ranking: higher score, then lower cost, then bidId. A search walks the bids in this order. */
export function rankItems(a: Item, b: Item): number {
  return b.units - a.units || a.cost - b.cost || compareIds(a.id, b.id);
}

// Code-unit order, not localeCompare: the answer must not depend on the server's locale.
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Branch and bound over `problem`.
 * - With `tieBreak`: the best selection under the full order (score, then lower cost, then the selection
 *   holding the higher-ranked bid where the two first differ).
 * - Without: a selection with the best score, nothing more.
 * - With `target`: looks only for a score of at least `target` and stops at the first; when there is
 *   none, the score returned is below `target` (and the picks mean nothing).
 */
export function findBestSelection(
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
  // Best score per penny first (free bids before all), the order the fractional knapsack fills in.
  const byValue = items
    .map((_, i) => i)
    .sort((i, j) => {
      const a = items[i]!;
      const b = items[j]!;
      return b.units * a.cost - a.units * b.cost || i - j;
    });

  const price = problem.budgetPrice === undefined ? findBudgetPrice(problem) : problem.budgetPrice;
  const lagrange = price === null ? null : scaleBudgetPrice(items, price, budget);

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

  // The most the bids from `from` on can add: the least of the three bounds in the header.
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
    const bound = Math.min(byPlaces, byBudget);
    return lagrange === null
      ? bound
      : Math.min(bound, lagrangeBound(lagrange, from, placesLeft, room));
  };

  // floor(mu * room + the best sum of (s - mu*c) over sets within places and caps), in exact integers
  // scaled by 2^20; Infinity (no bound) if that would not be exact.
  const lagrangeBound = (
    { rate, weights, order }: Lagrange,
    from: number,
    placesLeft: number,
    room: number,
  ): number => {
    let sum = rate * room;
    let taken = 0;
    for (const i of order) {
      if (taken >= placesLeft || weights[i]! <= 0) break;
      const item = items[i]!;
      if (i < from || !open(item, room) || counts[item.region]! + extra[item.region]! >= cap)
        continue;
      extra[item.region]!++;
      taken++;
      sum += weights[i]!;
    }
    extra.fill(0);
    return Number.isSafeInteger(sum) ? Math.floor(sum / RATE_SCALE) : Infinity;
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

/** mu as the exact fraction rate / RATE_SCALE; weights[i] = s_i * RATE_SCALE - rate * c_i, largest first in order. */
type Lagrange = { rate: number; weights: number[]; order: number[] };

const RATE_SCALE = 2 ** 20;

/** The problem with its budget price worked out, for it and its variants to share. */
export function withBudgetPrice(problem: Problem): Problem {
  return { ...problem, budgetPrice: findBudgetPrice(problem) };
}

/**
 * The budget's price for the Lagrangian bound: the rate that makes the bound smallest at the root, found
 * by ternary search (the bound is convex in the rate). Any rate gives a valid bound, so the search need
 * not be exact. Null when the budget is not a limit or no rate helps.
 */
function findBudgetPrice({ items: all, places, budget, cap, counts }: Problem): number | null {
  if (budget === Infinity) return null;
  const items = all.filter((item) => item.cost <= budget);
  const highest = Math.max(0, ...items.filter((i) => i.cost > 0).map((i) => i.units / i.cost));
  if (highest === 0) return null;
  const extra = counts.map(() => 0);
  const valueAt = (mu: number): number => {
    const weighted = items
      .map((item) => ({ item, weight: item.units - mu * item.cost }))
      .sort((a, b) => b.weight - a.weight);
    let sum = mu * budget;
    let taken = 0;
    for (const { item, weight } of weighted) {
      if (taken >= places || weight <= 0) break;
      if (counts[item.region]! + extra[item.region]! >= cap) continue;
      extra[item.region]!++;
      taken++;
      sum += weight;
    }
    extra.fill(0);
    return sum;
  };
  let low = 0;
  let high = highest;
  for (let step = 0; step < 40; step++) {
    const a = low + (high - low) / 3;
    const b = high - (high - low) / 3;
    if (valueAt(a) <= valueAt(b)) high = b;
    else low = a;
  }
  return (low + high) / 2;
}

/**
 * The price as an exact fraction of 2^20, so every node's bound is an exact integer sum; null when the
 * scaled numbers would not be exact.
 */
function scaleBudgetPrice(items: readonly Item[], price: number, budget: number): Lagrange | null {
  const rate = Math.round(price * RATE_SCALE);
  const weights = items.map((item) => item.units * RATE_SCALE - rate * item.cost);
  if (!Number.isSafeInteger(rate * budget) || !weights.every((w) => Number.isSafeInteger(w)))
    return null;
  const order = weights.map((_, i) => i).sort((i, j) => weights[j]! - weights[i]! || i - j);
  return { rate, weights, order };
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
export function withForced(problem: Problem, item: Item): Problem | null {
  if (
    problem.places < 1 ||
    item.cost > problem.budget ||
    problem.counts[item.region]! >= problem.cap
  )
    return null;
  const counts = [...problem.counts];
  counts[item.region]!++;
  return {
    ...problem,
    items: problem.items.filter((other) => other !== item),
    places: problem.places - 1,
    budget: problem.budget - item.cost,
    counts,
  };
}
