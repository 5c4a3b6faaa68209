/**
 * The round's ranking (docs/domain.md, "Rules that matter", Scoring): "A bid's total is the weighted
 * mean of criterion scores, averaged over its assessors. The ranking also shows each bid's total
 * normalised per assessor (a harsh or lenient marker is corrected by standardising each assessor's
 * totals across the bids they scored), the spread between assessors, and flags bids whose assessors
 * disagree by more than the round's threshold, for moderation." It also counts reviews submitted
 * after their assignment's due date.
 *
 * Pure and isomorphic (plain data in, plain data out): a client component reruns it while an admin
 * tries other weights, so dates may arrive as ISO strings.
 *
 * A review whose weighted total is null (a weighted criterion unscored) is ignored everywhere: it is
 * not in any count, mean, spread, late count or assessor's statistics. `ignoredReviews` says how many
 * a bid had, so the page can say so.
 */
import { assertValidWeights, weightedTotal, type CriterionWeight } from "./weighted-total";

export type { CriterionWeight } from "./weighted-total";

/**
 * Differences up to this are floating-point noise, not a difference: used for "s_a > 0" and
 * "σ > 0", for the moderation flag (a spread of 1.5000000000000004 against a threshold of 1.5 is
 * not flagged) and for ties in the ranks. Scores are small numbers (a 1–5 scale), so an absolute
 * tolerance suffices.
 */
export const SCORE_EPSILON = 1e-9;

export type ReviewInput = {
  assessorId: string;
  /** Criterion id → score. */
  scores: Readonly<Record<string, number>>;
  submittedAt: Date | string;
  /** The assignment's due date; null when it had none (then the review is never late). */
  dueAt: Date | string | null;
};

export type BidInput = { bidId: string; reviews: readonly ReviewInput[] };

/**
 * What the normalisation did to an assessor's totals: "standardised" (rescaled and shifted),
 * "centred" (only shifted: their totals are all equal) or "none" (left raw: a single review, or
 * every review total in the round is equal).
 */
export type Correction = "standardised" | "centred" | "none";

export type AssessorStats = {
  assessorId: string;
  /** Usable reviews (weighted total not null). */
  count: number;
  /** Mean, population standard deviation, minimum and maximum of their review totals. */
  mean: number;
  sd: number;
  min: number;
  max: number;
  /** Their review totals in input order, each with its normalised value (added field). */
  totals: { bidId: string; total: number; normalised: number }[];
  correction: Correction;
  /** mean minus the overall mean: negative = marks hard */
  leniency: number;
};

export type RankedBid = {
  bidId: string;
  /** Usable reviews (weighted total not null). */
  reviewCount: number;
  /** Reviews left out because their weighted total is null (added field). */
  ignoredReviews: number;
  /** Mean over its reviews of their weighted totals; null with no usable review. */
  total: number | null;
  /** Mean over its reviews of their normalised totals; null with no usable review. */
  normalisedTotal: number | null;
  /** One entry per usable review, in input order. */
  assessorTotals: {
    assessorId: string;
    total: number;
    normalised: number;
    correction: Correction;
    late: boolean;
  }[];
  /** max − min of its assessors' raw totals; null with fewer than 2 usable reviews. */
  spread: number | null;
  /** spread > threshold (strictly greater, beyond SCORE_EPSILON): needs moderation. */
  flagged: boolean;
  /** Usable reviews submitted after their due date. */
  lateReviews: number;
  /** 1-based by total desc; ties (within SCORE_EPSILON) share a rank: 1, 1, 3. Null when total is. */
  rank: number | null;
  /** The same, by normalisedTotal. */
  normalisedRank: number | null;
};

export type RankBidsResult = {
  /** By rank (null last), then normalisedRank (null last), then bidId. */
  bids: RankedBid[];
  /** By assessorId. */
  assessors: AssessorStats[];
  /** Over every usable review in the input. With no usable review: count 0, mean 0, sd 0. */
  overall: { mean: number; sd: number; count: number };
};

type ScoredReview = {
  bidId: string;
  assessorId: string;
  total: number;
  late: boolean;
  normalised: number;
  correction: Correction;
};

/**
 * Ranks a round's bids.
 *
 * Normalisation. Let μ and σ be the mean and population sd of every usable review total. For an
 * assessor with n usable reviews, mean m and population sd s, a review total t becomes:
 * - n ≥ 2, s > 0 ("standardised"): μ + σ·(t − m)/s. Their z-score says how good the bid is among
 *   the bids they marked, free of how hard they mark (m) and how widely they use the scale (s);
 *   mapping it back onto the round's μ and σ keeps the result in score units, beside the raw total.
 *   Every standardised assessor's normalised totals then have mean μ and sd σ.
 * - n ≥ 2, s = 0 ("centred"): t − m + μ (= μ). Their marks separate none of their bids, so there is
 *   no scale to correct, only their level.
 * - n = 1 ("none"): t. One bid says nothing about how hard they mark.
 * - σ = 0 (every review total equal): t for everyone, correction "none".
 * This assumes each assessor's bids are a fair sample of the round: an assessor given only weak bids
 * has them lifted. The raw total stays the headline; the normalised one is for comparison.
 *
 * Throws a RangeError on a non-finite threshold, invalid weights, a bid id given twice or a date that
 * does not parse: each is a caller's bug that would otherwise give a plausible wrong ranking.
 */
export function rankBids({
  bids,
  weights,
  threshold,
}: {
  bids: readonly BidInput[];
  weights: readonly CriterionWeight[];
  threshold: number;
}): RankBidsResult {
  if (!Number.isFinite(threshold)) {
    throw new RangeError(`The disagreement threshold must be a finite number, not ${threshold}.`);
  }
  assertValidWeights(weights);

  const seenBids = new Set<string>();
  const ignored = new Map<string, number>();
  const reviews: ScoredReview[] = [];
  for (const bid of bids) {
    if (seenBids.has(bid.bidId)) throw new RangeError(`Bid ${bid.bidId} is given twice.`);
    seenBids.add(bid.bidId);
    let ignoredHere = 0;
    for (const review of bid.reviews) {
      const total = weightedTotal({ scores: review.scores, weights });
      if (total === null) {
        ignoredHere += 1;
        continue;
      }
      reviews.push({
        bidId: bid.bidId,
        assessorId: review.assessorId,
        total,
        late: isLate(review),
        normalised: total,
        correction: "none",
      });
    }
    ignored.set(bid.bidId, ignoredHere);
  }

  const overall = describe(reviews.map((r) => r.total));
  const assessors = normaliseByAssessor({ reviews, overall });

  const byBid = groupBy(reviews, (r) => r.bidId);
  const ranked = bids.map((bid): RankedBid => {
    const own = byBid.get(bid.bidId) ?? [];
    const totals = own.map((r) => r.total);
    const spread = own.length >= 2 ? Math.max(...totals) - Math.min(...totals) : null;
    return {
      bidId: bid.bidId,
      reviewCount: own.length,
      ignoredReviews: ignored.get(bid.bidId) ?? 0,
      total: own.length > 0 ? mean(totals) : null,
      normalisedTotal: own.length > 0 ? mean(own.map((r) => r.normalised)) : null,
      assessorTotals: own.map(({ assessorId, total, normalised, correction, late }) => ({
        assessorId,
        total,
        normalised,
        correction,
        late,
      })),
      spread,
      flagged: spread !== null && spread > threshold + SCORE_EPSILON,
      lateReviews: own.filter((r) => r.late).length,
      rank: null,
      normalisedRank: null,
    };
  });

  assignRanks(ranked, "total", "rank");
  assignRanks(ranked, "normalisedTotal", "normalisedRank");
  ranked.sort(
    (a, b) =>
      compareRanks(a.rank, b.rank) ||
      compareRanks(a.normalisedRank, b.normalisedRank) ||
      compareIds(a.bidId, b.bidId),
  );

  return {
    bids: ranked,
    assessors,
    overall: { mean: overall.mean, sd: overall.sd, count: overall.count },
  };
}

/** Sets each review's normalised total and correction; returns each assessor's statistics. */
function normaliseByAssessor({
  reviews,
  overall,
}: {
  reviews: ScoredReview[];
  overall: Description;
}): AssessorStats[] {
  const byAssessor = groupBy(reviews, (r) => r.assessorId);
  const roundVaries = overall.sd > SCORE_EPSILON;
  const stats: AssessorStats[] = [];
  for (const [assessorId, own] of byAssessor) {
    const d = describe(own.map((r) => r.total));
    const correction: Correction =
      !roundVaries || d.count < 2 ? "none" : d.sd > SCORE_EPSILON ? "standardised" : "centred";
    for (const review of own) {
      review.correction = correction;
      review.normalised =
        correction === "standardised"
          ? overall.mean + (overall.sd * (review.total - d.mean)) / d.sd
          : correction === "centred"
            ? review.total - d.mean + overall.mean
            : review.total;
    }
    stats.push({
      assessorId,
      count: d.count,
      mean: d.mean,
      sd: d.sd,
      min: d.min,
      max: d.max,
      totals: own.map(({ bidId, total, normalised }) => ({ bidId, total, normalised })),
      correction,
      leniency: d.mean - overall.mean,
    });
  }
  return stats.sort((a, b) => compareIds(a.assessorId, b.assessorId));
}

/**
 * Competition ranks (1, 1, 3) by `key` descending. Values within SCORE_EPSILON of the first value of
 * a run share its rank; measuring from the run's first value, not its last, keeps a long chain of
 * near-equal values from merging into one tie.
 */
function assignRanks(
  bids: RankedBid[],
  key: "total" | "normalisedTotal",
  rankKey: "rank" | "normalisedRank",
): void {
  const scored = bids
    .filter((b) => b[key] !== null)
    .sort((a, b) => (b[key] as number) - (a[key] as number));
  let runStart = Number.POSITIVE_INFINITY;
  let runRank = 0;
  scored.forEach((bid, index) => {
    const value = bid[key] as number;
    if (value < runStart - SCORE_EPSILON) {
      runStart = value;
      runRank = index + 1;
    }
    bid[rankKey] = runRank;
  });
}

function compareRanks(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** Code-unit order, not the locale's: the server and every browser sort ids the same way. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isLate({ submittedAt, dueAt }: ReviewInput): boolean {
  const submitted = toTime(submittedAt, "submittedAt");
  return dueAt !== null && submitted > toTime(dueAt, "dueAt");
}

function toTime(value: Date | string, field: string): number {
  const time = (typeof value === "string" ? new Date(value) : value).getTime();
  if (Number.isNaN(time)) throw new RangeError(`A review's ${field} is not a date: ${value}.`);
  return time;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

type Description = { count: number; mean: number; sd: number; min: number; max: number };

/** Count, mean, population sd, min and max; all 0 for no values. */
function describe(values: readonly number[]): Description {
  if (values.length === 0) return { count: 0, mean: 0, sd: 0, min: 0, max: 0 };
  const m = mean(values);
  // Two passes: summing squared deviations from the mean avoids the cancellation of E[x²] − E[x]².
  const variance = values.reduce((sum, v) => sum + (v - m) ** 2, 0) / values.length;
  return {
    count: values.length,
    mean: m,
    sd: Math.sqrt(variance),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
