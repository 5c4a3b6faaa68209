/**
 * The ranking page's view of a ranking: which bids to show and in what order, read from the query
 * string of its GET form. Pure and isomorphic: the same functions order the server's table and
 * the client component's, so the page does not change when JavaScript starts.
 */
import { z } from "zod";
import type { RankedBid } from "./rank-bids";

export const RANKING_SORTS = {
  rank: "Rank",
  normalised: "Normalised rank",
  spread: "Spread, largest first",
  title: "Bid title",
  region: "Region",
  amount: "Amount asked, largest first",
} as const;

export const RANKING_SHOWS = {
  all: "All bids",
  flagged: "Flagged for moderation",
  late: "With late reviews",
  missing: "Missing reviews",
} as const;

export type RankingSort = keyof typeof RANKING_SORTS;
export type RankingShow = keyof typeof RANKING_SHOWS;

const keys = <T extends object>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** Anything unknown falls back to the default rather than refusing the page. */
export const ZRankingView = z.object({
  sort: z.enum(keys(RANKING_SORTS)).catch("rank"),
  show: z.enum(keys(RANKING_SHOWS)).catch("all"),
  region: z.string().trim().max(100).catch(""),
});
export type RankingView = z.infer<typeof ZRankingView>;

/** A bid's place in the ranking with what the page shows about it. */
export type BidMeta = {
  bidId: string;
  title: string;
  footprintName: string;
  regionId: string;
  regionName: string;
  amountRequestedPence: number;
  /** Assigned reviews not yet submitted. */
  outstanding: number;
  /** Of those, past their due date. */
  overdue: number;
};

export type RankingRow = BidMeta &
  RankedBid & {
    /** Its rank under the saved weights, to show how far a what-if moved it. */
    savedRank: number | null;
  };

/** Joins a ranking to the bids' details, in the ranking's order. */
export function toRankingRows({
  ranked,
  bids,
  savedRanks,
}: {
  ranked: readonly RankedBid[];
  bids: readonly BidMeta[];
  savedRanks: ReadonlyMap<string, number | null>;
}): RankingRow[] {
  const meta = new Map(bids.map((b) => [b.bidId, b]));
  return ranked.flatMap((r) => {
    const bid = meta.get(r.bidId);
    return bid ? [{ ...bid, ...r, savedRank: savedRanks.get(r.bidId) ?? null }] : [];
  });
}

type Filterable = Pick<RankingRow, "regionId" | "flagged" | "lateReviews" | "reviewCount">;

/**
 * "missing" is a bid with fewer counted reviews than the round asks for: outstanding, never
 * assigned, or voided by a conflict found after submission all leave the same gap.
 */
export function filterRanking<T extends Filterable>({
  rows,
  show,
  region,
  requiredReviews,
}: {
  rows: readonly T[];
  show: RankingShow;
  region: string;
  requiredReviews: number;
}): T[] {
  return rows.filter(
    (row) =>
      (region === "" || row.regionId === region) &&
      (show === "all" ||
        (show === "flagged" && row.flagged) ||
        (show === "late" && row.lateReviews > 0) ||
        (show === "missing" && row.reviewCount < requiredReviews)),
  );
}

type Sortable = Pick<
  RankingRow,
  "bidId" | "title" | "regionName" | "amountRequestedPence" | "rank" | "normalisedRank" | "spread"
>;

// One collator for server and browser alike: case and accents do not split "NHS" from "nhs".
const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

/**
 * A new array in the order asked for. Unranked bids (no usable review) and bids with no spread go
 * last whatever the order, since "nothing to compare" is neither the best nor the worst; every
 * order falls back to rank and then the bid id, so equal keys always come out the same way.
 */
export function sortRanking<T extends Sortable>({
  rows,
  sort,
}: {
  rows: readonly T[];
  sort: RankingSort;
}): T[] {
  const byRank = (a: T, b: T) =>
    nullsLast(a.rank, b.rank, (x, y) => x - y) ||
    nullsLast(a.normalisedRank, b.normalisedRank, (x, y) => x - y) ||
    collator.compare(a.title, b.title) ||
    compareIds(a.bidId, b.bidId);
  const primary: Record<RankingSort, (a: T, b: T) => number> = {
    rank: () => 0,
    normalised: (a, b) => nullsLast(a.normalisedRank, b.normalisedRank, (x, y) => x - y),
    spread: (a, b) => nullsLast(a.spread, b.spread, (x, y) => y - x),
    title: (a, b) => collator.compare(a.title, b.title),
    region: (a, b) => collator.compare(a.regionName, b.regionName),
    amount: (a, b) => b.amountRequestedPence - a.amountRequestedPence,
  };
  return [...rows].sort((a, b) => primary[sort](a, b) || byRank(a, b));
}

function nullsLast(
  a: number | null,
  b: number | null,
  compare: (x: number, y: number) => number,
): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The page's query string for a view, leaving out defaults (and weights: see weightQuery). */
export function viewQuery(view: RankingView): [string, string][] {
  const entries: [string, string][] = [];
  if (view.show !== "all") entries.push(["show", view.show]);
  if (view.region) entries.push(["region", view.region]);
  if (view.sort !== "rank") entries.push(["sort", view.sort]);
  return entries;
}

/** How far a bid moved between two rankings: positive is up (a smaller rank number). */
export function rankMovement({
  before,
  after,
}: {
  before: number | null;
  after: number | null;
}): number | null {
  return before === null || after === null ? null : before - after;
}

/** The movement in words, since arrows and colour alone tell some people nothing. */
export function describeMovement(movement: number | null): string {
  if (movement === null) return "Not ranked";
  if (movement === 0) return "No change";
  return movement > 0 ? `Up ${movement}` : `Down ${-movement}`;
}
