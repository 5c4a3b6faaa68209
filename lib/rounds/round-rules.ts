/**
 * Pure rules of a funding round's life: draft → open → closed → in assessment → decided →
 * published (docs/domain.md, "Funding round"), each step guarded.
 */
import type { RoundState } from "../generated/prisma/enums";

export const NEXT_STATE: Partial<Record<RoundState, RoundState>> = {
  DRAFT: "OPEN",
  OPEN: "CLOSED",
  CLOSED: "IN_ASSESSMENT",
  IN_ASSESSMENT: "DECIDED",
  DECIDED: "PUBLISHED",
};

export const TRANSITION_LABELS: Partial<Record<RoundState, string>> = {
  OPEN: "Open the round for bids",
  CLOSED: "Close the round",
  IN_ASSESSMENT: "Start assessment",
  DECIDED: "Mark the decisions as made",
  PUBLISHED: "Publish the outcome",
};

/** Why a round may not move from `from` to `to` now, or null when it may. */
export function transitionProblem({
  from,
  to,
  criteria,
  scalePoints,
  closesAt,
  now,
}: {
  from: RoundState;
  to: RoundState;
  criteria: readonly { weight: number }[];
  scalePoints: number;
  closesAt: Date;
  now: Date;
}): string | null {
  if (NEXT_STATE[from] !== to) return "A round moves one step at a time, in order";
  if (to === "OPEN") {
    if (criteria.length === 0) return "Add at least one criterion before opening the round";
    if (criteria.some((c) => c.weight <= 0)) return "Every criterion needs a weight above 0";
    if (scalePoints < 2) return "Add a scoring scale of at least two points before opening";
    if (closesAt.getTime() <= now.getTime())
      return "The closing time has passed: set a later one before opening";
  }
  if (to === "CLOSED" && now.getTime() < closesAt.getTime())
    return "The round closes at its closing time: change the closing time to close it earlier";
  return null;
}

/** Criteria and the scale are frozen once any review exists, so scores keep their meaning. */
export function scoringFrozen({ reviews }: { reviews: number }): boolean {
  return reviews > 0;
}
