"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { FormState } from "@/lib/forms/form-data";
import type { CriterionWeight } from "@/lib/scoring/rank-bids";
import { viewQuery, type RankingView } from "@/lib/scoring/sort-ranking";
import { weightParam } from "@/lib/scoring/what-if-weights";
import { saveWeightsAction } from "./actions";

/**
 * Posts the weights being tried, with the round version they were read at (so a change made
 * meanwhile is refused, not overwritten) and the view to come back to. Rendered even when saving
 * is not allowed (`canSave` false) so that a refusal still shows: without JavaScript the page is
 * drawn afresh after the post, and a decision recorded meanwhile has by then taken the form away.
 */
export function SaveWeightsForm({
  roundId,
  version,
  weights,
  view,
  canSave,
}: {
  roundId: string;
  version: number;
  weights: readonly CriterionWeight[];
  view: RankingView;
  canSave: boolean;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(saveWeightsAction, {});
  return (
    <>
      <ErrorSummary errors={[]} formError={state.formError} />
      {canSave ? (
        <form action={formAction}>
          <input type="hidden" name="roundId" value={roundId} />
          <input type="hidden" name="version" value={version} />
          {weights.map((w) => (
            <input
              key={w.criterionId}
              type="hidden"
              name={weightParam(w.criterionId)}
              value={w.weight}
            />
          ))}
          {viewQuery(view).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <p className="text-nhs-16">
            Saving makes these the round&apos;s weights: the ranking and selection use them from
            then on. The change is recorded in the audit log.
          </p>
          <Button disabled={pending} className="!mb-0">
            Save these weights
          </Button>
        </form>
      ) : null}
    </>
  );
}
