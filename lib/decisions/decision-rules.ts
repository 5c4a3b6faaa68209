/**
 * Pure rules for a round's decisions (docs/domain.md, "Decision"): at most the round's pilot places
 * funded, within its budget, each award no more than was asked, and every assessed bid decided
 * before the round is marked decided.
 */
export type DecisionFacts = {
  bidId: string;
  amountRequestedPence: number;
  decision: { outcome: "FUNDED" | "DECLINED"; amountAwardedPence: number } | null;
};

export function awardProblem({
  outcome,
  amountAwardedPence,
  amountRequestedPence,
}: {
  outcome: "FUNDED" | "DECLINED";
  amountAwardedPence: number;
  amountRequestedPence: number;
}): string | null {
  if (outcome === "DECLINED")
    return amountAwardedPence === 0 ? null : "A declined bid is awarded nothing";
  if (amountAwardedPence <= 0) return "Enter the amount awarded, more than £0";
  if (amountAwardedPence > amountRequestedPence)
    return "The amount awarded cannot be more than the bid asked for";
  return null;
}

/** Why the decisions as they stand break the round's limits, or null. */
export function limitsProblem({
  bids,
  pilotPlaces,
  budgetPence,
}: {
  bids: readonly DecisionFacts[];
  pilotPlaces: number;
  budgetPence: number;
}): string | null {
  const funded = bids.filter((b) => b.decision?.outcome === "FUNDED");
  const awarded = funded.reduce((sum, b) => sum + b.decision!.amountAwardedPence, 0);
  if (funded.length > pilotPlaces)
    return `This would fund ${funded.length} bids: the round has ${pilotPlaces} pilot places`;
  if (awarded > budgetPence) return "This would award more than the round's budget";
  return null;
}

/** Why the round cannot be marked decided yet, or null. */
export function decidedProblem({
  bids,
  pilotPlaces,
  budgetPence,
}: {
  bids: readonly DecisionFacts[];
  pilotPlaces: number;
  budgetPence: number;
}): string | null {
  const undecided = bids.filter((b) => !b.decision).length;
  if (undecided)
    return undecided === 1
      ? "1 assessed bid has no decision yet: record one for every bid first"
      : `${undecided} assessed bids have no decision yet: record one for every bid first`;
  return limitsProblem({ bids, pilotPlaces, budgetPence });
}
