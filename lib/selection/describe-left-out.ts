/**
 * Plain-English reasons for a bid the proposed selection leaves out (lib/selection/select-pilots.ts
 * decides which limits apply; this says so in words an admin can put in a decision's rationale).
 */
import { formatPence } from "../format/money";
import type { LeftOut } from "./select-pilots";

export function describeLeftOut({
  leftOut,
  score,
  costPence,
  regionName,
  places,
  budgetPence,
  regionCap,
  selectedTotal,
  selectedCostPence,
}: {
  leftOut: LeftOut;
  score: number;
  costPence: number;
  regionName: string;
  places: number;
  budgetPence: number;
  regionCap: number | null;
  selectedTotal: number;
  selectedCostPence: number;
}): string {
  const parts = leftOut.reasons.map((reason) => {
    switch (reason) {
      case "BUDGET":
        return costPence > budgetPence
          ? `Budget: it asks for ${formatPence(costPence)}, more than the whole budget of ${formatPence(budgetPence)}`
          : `Budget: it asks for ${formatPence(costPence)}, and the proposed pilots leave ${formatPence(budgetPence - selectedCostPence)} of the ${formatPence(budgetPence)} budget`;
      case "PLACES":
        return `Places: all ${places} pilot places went to bids that score higher`;
      case "REGION_CAP":
        return `Region cap: ${regionName} already has ${regionCap} proposed ${regionCap === 1 ? "pilot" : "pilots"} that score higher`;
      case "SCORE":
        return leftOut.bestTotalWithIt === null
          ? `Score: no selection within the limits can include it`
          : `Score: at ${score.toFixed(2)} it ranks below the proposed pilots, and the best selection within the places and budget that includes it totals ${leftOut.bestTotalWithIt.toFixed(2)}, against ${selectedTotal.toFixed(2)}`;
    }
  });
  return parts.join(". ");
}
