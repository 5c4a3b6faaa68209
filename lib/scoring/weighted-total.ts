/**
 * One review's total (docs/domain.md, "Rules that matter", Scoring): the weighted mean of its
 * criterion scores. Pure and isomorphic: the ranking page's client component recomputes it while an
 * admin tries other weights, so nothing here may touch the database or Node.
 */

/** A round's criterion weight. Weights are relative (35/35/30, 1/1/1): only their ratios count. */
export type CriterionWeight = { criterionId: string; weight: number };

/**
 * Weighted mean of one review's criterion scores: sum(w·s) / sum(w).
 *
 * Returns null, rather than a guess, when the review cannot be totalled: a criterion with a positive
 * weight has no (finite) score, or the weights sum to 0. A criterion of weight 0 needs no score.
 * Scores for criteria that are not in `weights` are ignored, so a stale score cannot move a total.
 *
 * Throws a RangeError on weights that are negative or not finite, or on a criterion listed twice:
 * those are configuration bugs that would otherwise skew every total silently.
 */
export function weightedTotal({
  scores,
  weights,
}: {
  scores: Readonly<Record<string, number>>;
  weights: readonly CriterionWeight[];
}): number | null {
  assertValidWeights(weights);
  let weighted = 0;
  let weightSum = 0;
  for (const { criterionId, weight } of weights) {
    if (weight === 0) continue;
    const score = scores[criterionId];
    // Number.isFinite is false for undefined, NaN and anything that is not a number, such as the
    // function that scores["constructor"] finds on Object.prototype.
    if (score === undefined || !Number.isFinite(score)) return null;
    weighted += weight * score;
    weightSum += weight;
  }
  return weightSum > 0 ? weighted / weightSum : null;
}

/** Throws a RangeError naming the first problem with a round's weights. */
export function assertValidWeights(weights: readonly CriterionWeight[]): void {
  const seen = new Set<string>();
  for (const { criterionId, weight } of weights) {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`Criterion ${criterionId} has weight ${weight}; weights must be ≥ 0.`);
    }
    if (seen.has(criterionId)) {
      throw new RangeError(`Criterion ${criterionId} is weighted twice.`);
    }
    seen.add(criterionId);
  }
}
