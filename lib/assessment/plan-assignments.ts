/**
 * Automatic assignment of assessors to a round's bids (DESIGN.md, "Scoring": each bid is scored by
 * the round's number of assessors). It gives every bid that number where it can, never assigns a
 * conflicted (blocked) pair, balances load across assessors, and says which bids it could not fill
 * and why.
 *
 * What it guarantees, exactly:
 * 1. It fills as many open places as any plan could (a maximum flow on the bids × assessors graph).
 * 2. Among all plans that fill that many, the assessors' final loads (existing load + new) are
 *    decreasingly minimal: sorted from highest to lowest, the list is the smallest possible in
 *    lexicographic order. So the highest final load is as low as it can be, then as few assessors as
 *    possible carry it, then the next highest is as low as it can be, and so on.
 *
 * How: a min-cost maximum flow where an assessor's k-th new assignment costs 2(load + k) − 1, so a
 * plan's cost is the sum of squared final loads less a constant. The final-load vectors of maximum
 * plans form an M-convex set (they are the bases of a polymatroid, shifted by the existing loads),
 * and in an M-convex set the least square-sum elements are exactly the decreasingly minimal ones
 * (Frank and Murota, "Discrete decreasing minimization", 2022). Sizes are small (≤ 60 bids × 30
 * assessors), so successive shortest paths with Dijkstra on a dense graph are plenty.
 *
 * Ties between equally good plans are broken by ids (bids, then assessors, in code-unit order), so
 * the same input in any order gives the same plan.
 */

export type PlanInput = {
  perBid: number;
  /** Current assignments, which count towards the bid. */
  bids: { bidId: string; assessorIds: readonly string[] }[];
  /** `load` is the assessor's current assignments in this round, which count towards balance. */
  assessors: { assessorId: string; load: number }[];
  /** Conflicts and the like: these pairs are never assigned. */
  blocked: readonly { bidId: string; assessorId: string; reason: string }[];
};

export type PlannedAssignment = { bidId: string; assessorId: string };

export type Unfilled = { bidId: string; missing: number; reason: string };

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function planAssignments(input: PlanInput): {
  assignments: PlannedAssignment[];
  unfilled: Unfilled[];
} {
  const { perBid } = input;
  if (!Number.isInteger(perBid) || perBid < 0) {
    throw new RangeError(`perBid must be a whole number of at least 0, not ${perBid}`);
  }
  const bids = [...input.bids].sort((a, b) => byId(a.bidId, b.bidId));
  const assessors = [...input.assessors].sort((a, b) => byId(a.assessorId, b.assessorId));
  assertUnique({ what: "bid", ids: bids.map((b) => b.bidId) });
  assertUnique({ what: "assessor", ids: assessors.map((a) => a.assessorId) });

  const blockedReasons = new Map<string, Map<string, string[]>>();
  // Sorted, so that a shuffled input gives the same reasons in the same order.
  const blockedSorted = [...input.blocked].sort((x, y) => byId(x.reason, y.reason));
  for (const { bidId, assessorId, reason } of blockedSorted) {
    const forBid = blockedReasons.get(bidId) ?? new Map<string, string[]>();
    forBid.set(assessorId, [...(forBid.get(assessorId) ?? []), reason]);
    blockedReasons.set(bidId, forBid);
  }

  const current = bids.map((bid) => new Set(bid.assessorIds));
  const needs = current.map((assigned) => Math.max(0, perBid - assigned.size));
  // For each bid, the indexes of the assessors it may still get.
  const eligible = bids.map((bid, b) =>
    assessors.flatMap(({ assessorId }, a) =>
      needs[b]! > 0 &&
      !current[b]!.has(assessorId) &&
      !blockedReasons.get(bid.bidId)?.has(assessorId)
        ? [a]
        : [],
    ),
  );

  const planned = planByFlow({ needs, eligible, loads: assessors.map((a) => a.load) });

  const assignments: PlannedAssignment[] = [];
  const unfilled: Unfilled[] = [];
  bids.forEach((bid, b) => {
    const plannedIds = planned[b]!.map((a) => assessors[a]!.assessorId);
    for (const assessorId of plannedIds) assignments.push({ bidId: bid.bidId, assessorId });
    const missing = needs[b]! - plannedIds.length;
    if (missing <= 0) return;
    const assignedIds = new Set([...current[b]!, ...plannedIds]);
    unfilled.push({
      bidId: bid.bidId,
      missing,
      reason: explainUnfilled({
        missing,
        assessorIds: assessors.map((a) => a.assessorId),
        assignedIds,
        blocked: blockedReasons.get(bid.bidId) ?? new Map(),
      }),
    });
  });
  return { assignments, unfilled };
}

/** `ids` sorted, so a repeat sits beside its twin. */
function assertUnique({ what, ids }: { what: string; ids: readonly string[] }): void {
  for (let i = 1; i < ids.length; i++) {
    if (ids[i] === ids[i - 1]) throw new Error(`The ${what} ${ids[i]} is listed twice`);
  }
}

/**
 * Why a bid stays short. After a maximum flow every assessor of the round is either assigned to a
 * short bid or blocked from it (an eligible, unassigned one would be an augmenting path, as an
 * assessor's load is never capped), so these two counts explain it completely.
 */
function explainUnfilled({
  missing,
  assessorIds,
  assignedIds,
  blocked,
}: {
  missing: number;
  assessorIds: readonly string[];
  assignedIds: ReadonlySet<string>;
  blocked: ReadonlyMap<string, readonly string[]>;
}): string {
  const needs = `Needs ${missing} more ${missing === 1 ? "assessor" : "assessors"}`;
  const total = assessorIds.length;
  if (total === 0) return `${needs}: the round has no assessors`;
  const assigned = assessorIds.filter((id) => assignedIds.has(id)).length;
  const blockedIds = assessorIds.filter((id) => !assignedIds.has(id) && blocked.has(id));
  const reasons = [...new Set(blockedIds.flatMap((id) => blocked.get(id)!))];
  const because = reasons.length > 0 ? ` (${reasons.join("; ")})` : "";
  if (blockedIds.length === 0) {
    return `${needs}: ${everyAssessor(total)} ${total === 1 ? "is" : "are"} assigned to it`;
  }
  if (assigned === 0) {
    return `${needs}: ${everyAssessor(total)} cannot take it${because}`;
  }
  const isAre = assigned === 1 ? "is" : "are";
  return `${needs}: ${blockedIds.length} of the round's ${total} assessors cannot take it${because} and the other ${assigned} ${isAre} assigned to it`;
}

function everyAssessor(total: number): string {
  if (total === 1) return "the round's only assessor";
  if (total === 2) return "both of the round's assessors";
  return `all ${total} of the round's assessors`;
}

/**
 * Min-cost maximum flow: source → bid (capacity: places still open) → assessor (capacity 1, where
 * eligible) → sink, the sink side as unit edges of rising cost so the cheapest plan is the one with
 * the least sum of squared final loads. Returns, for each bid, the assessor indexes it gets.
 */
function planByFlow({
  needs,
  eligible,
  loads,
}: {
  needs: readonly number[];
  eligible: readonly (readonly number[])[];
  loads: readonly number[];
}): number[][] {
  const bidCount = needs.length;
  const source = 0;
  const bidNode = (b: number) => 1 + b;
  const assessorNode = (a: number) => 1 + bidCount + a;
  const sink = 1 + bidCount + loads.length;
  const graph = new FlowGraph(sink + 1);

  needs.forEach((need, b) => {
    if (need > 0) graph.addEdge(source, bidNode(b), need, 0);
  });
  const bidAssessorEdges = eligible.map((assessorIndexes, b) =>
    assessorIndexes.map((a) => ({ a, edge: graph.addEdge(bidNode(b), assessorNode(a), 1, 0) })),
  );
  const totalNeed = needs.reduce((sum, need) => sum + need, 0);
  const eligibleBids = loads.map(() => 0);
  for (const assessorIndexes of eligible) for (const a of assessorIndexes) eligibleBids[a]!++;
  loads.forEach((load, a) => {
    // Never more units than the assessor could ever take, so their load is never what stops a bid.
    const units = Math.min(eligibleBids[a]!, totalNeed);
    for (let k = 1; k <= units; k++) graph.addEdge(assessorNode(a), sink, 1, 2 * (load + k) - 1);
  });

  graph.minCostMaxFlow(source, sink);

  return bidAssessorEdges.map((edges) =>
    edges.filter(({ edge }) => graph.flowOn(edge) > 0).map(({ a }) => a),
  );
}

/** A residual graph for successive shortest paths (Dijkstra with potentials). */
class FlowGraph {
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];
  private readonly originalCap: number[] = [];
  private readonly adjacent: number[][];

  constructor(private readonly size: number) {
    this.adjacent = Array.from({ length: size }, () => []);
  }

  /** Adds an edge and its reverse; returns the edge's id (its reverse is id ^ 1). */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    const id = this.to.length;
    this.to.push(to, from);
    this.cap.push(capacity, 0);
    this.originalCap.push(capacity, 0);
    this.cost.push(cost, -cost);
    this.adjacent[from]!.push(id);
    this.adjacent[to]!.push(id + 1);
    return id;
  }

  flowOn(edge: number): number {
    return this.originalCap[edge]! - this.cap[edge]!;
  }

  minCostMaxFlow(source: number, sink: number): void {
    const potential = this.initialPotentials(source);
    const dist = new Array<number>(this.size);
    const via = new Array<number>(this.size);
    const done = new Array<boolean>(this.size);
    for (;;) {
      dist.fill(Infinity);
      via.fill(-1);
      done.fill(false);
      dist[source] = 0;
      // Dense Dijkstra: O(V²) per path, and the lowest node index wins ties, for determinism.
      for (;;) {
        let u = -1;
        for (let v = 0; v < this.size; v++) {
          if (!done[v] && dist[v]! < Infinity && (u === -1 || dist[v]! < dist[u]!)) u = v;
        }
        if (u === -1) break;
        done[u] = true;
        for (const e of this.adjacent[u]!) {
          if (this.cap[e]! <= 0) continue;
          const v = this.to[e]!;
          const reduced = this.cost[e]! + potential[u]! - potential[v]!;
          if (dist[u]! + reduced < dist[v]!) {
            dist[v] = dist[u]! + reduced;
            via[v] = e;
          }
        }
      }
      if (dist[sink] === Infinity) return;
      for (let v = 0; v < this.size; v++) if (dist[v]! < Infinity) potential[v]! += dist[v]!;
      let push = Infinity;
      for (let v = sink; v !== source; v = this.to[via[v]! ^ 1]!) {
        push = Math.min(push, this.cap[via[v]!]!);
      }
      for (let v = sink; v !== source; v = this.to[via[v]! ^ 1]!) {
        this.cap[via[v]!]! -= push;
        this.cap[via[v]! ^ 1]! += push;
      }
    }
  }

  /** Shortest distances from the source by Bellman–Ford, so reduced costs start non-negative. */
  private initialPotentials(source: number): number[] {
    const potential = new Array<number>(this.size).fill(Infinity);
    potential[source] = 0;
    for (let round = 0; round < this.size; round++) {
      let changed = false;
      for (let u = 0; u < this.size; u++) {
        if (potential[u] === Infinity) continue;
        for (const e of this.adjacent[u]!) {
          const v = this.to[e]!;
          if (this.cap[e]! > 0 && potential[u]! + this.cost[e]! < potential[v]!) {
            potential[v] = potential[u]! + this.cost[e]!;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    // A node the source cannot reach now never becomes reachable: augmenting only adds reverse
    // edges between reachable nodes. So its potential is never read.
    return potential.map((p) => (p === Infinity ? 0 : p));
  }
}
