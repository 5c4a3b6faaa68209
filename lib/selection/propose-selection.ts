import "server-only";
import type { Actor } from "../auth/session";
import { rankBids } from "../scoring/rank-bids";
import { loadRankingData } from "../scoring/load-ranking-data";
import { describeLeftOut } from "./describe-left-out";
import { selectPilots } from "./select-pilots";

export type SelectionBasis = "total" | "normalised";

/**
 * The proposed pilot sites for a round (issue 5, "Selection"): from the ranking with the saved
 * weights, the exact best set within the pilot places and the budget (and, if asked, at most
 * `regionCap` per region), on the weighted total or the normalised total, with a reason for every
 * bid left out. Proposes only: decisions are recorded separately.
 */
export async function proposeSelection({
  actor,
  roundId,
  basis = "total",
  regionCap = null,
}: {
  actor: Actor;
  roundId: string;
  basis?: SelectionBasis;
  regionCap?: number | null;
}) {
  const data = await loadRankingData({ actor, roundId });
  const ranking = rankBids({
    bids: data.input,
    weights: data.criteria.map((c) => ({ criterionId: c.id, weight: c.weight })),
    threshold: data.round.threshold,
  });
  const ranked = new Map(ranking.bids.map((b) => [b.bidId, b]));
  const scoreOf = (bidId: string) => {
    const r = ranked.get(bidId);
    return (basis === "normalised" ? r?.normalisedTotal : r?.total) ?? null;
  };
  const candidates = data.bids
    .filter((b) => scoreOf(b.bidId) !== null)
    .map((b) => ({
      bidId: b.bidId,
      score: scoreOf(b.bidId)!,
      costPence: b.amountRequestedPence,
      regionId: b.regionId,
    }));
  const selection = selectPilots({
    candidates,
    places: data.round.pilotPlaces,
    budgetPence: data.round.budgetPence,
    regionCap,
  });
  const meta = new Map(data.bids.map((b) => [b.bidId, b]));
  const leftOut = new Map(selection.leftOut.map((l) => [l.bidId, l]));
  const selected = new Set(selection.selected);
  const rows = data.bids
    .map((b) => {
      const score = scoreOf(b.bidId);
      const out = leftOut.get(b.bidId);
      return {
        ...b,
        score,
        rank: ranked.get(b.bidId)?.rank ?? null,
        proposed: selected.has(b.bidId),
        reason:
          score === null
            ? "Not scored: no submitted review counts yet"
            : out
              ? describeLeftOut({
                  leftOut: out,
                  score,
                  costPence: b.amountRequestedPence,
                  regionName: b.regionName,
                  places: data.round.pilotPlaces,
                  budgetPence: data.round.budgetPence,
                  regionCap,
                  selectedTotal: selection.totalScore,
                  selectedCostPence: selection.totalCostPence,
                })
              : null,
      };
    })
    .sort(
      (x, y) =>
        Number(y.proposed) - Number(x.proposed) ||
        (y.score ?? -Infinity) - (x.score ?? -Infinity) ||
        x.title.localeCompare(y.title),
    );
  return {
    ...data,
    basis,
    regionCap,
    selection: {
      ...selection,
      bids: selection.selected.map((id) => meta.get(id)!),
    },
    rows,
  };
}

export type ProposedSelection = Awaited<ReturnType<typeof proposeSelection>>;
