"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { Textarea } from "@/components/ui/textarea";
import {
  RATIONALE_MAX_LENGTH,
  rationaleField,
  scoreField,
  type ReviewEntries,
} from "@/lib/assessment/review-rules";
import type { FormState } from "@/lib/forms/form-data";
import { saveReviewAction } from "./actions";

/**
 * The scoring form: per criterion, radios on the round's scale with their descriptors and a
 * rationale. Posts as a plain form (works without JavaScript). "Save as draft" keeps everything
 * as typed; "Continue" saves and goes on to check the answers before submitting.
 */
export function ReviewForm({
  bidId,
  version,
  criteria,
  scale,
  entries,
}: {
  bidId: string;
  version: number;
  criteria: { id: string; name: string; guidance: string; weight: number }[];
  scale: { value: number; label: string; descriptor: string }[];
  entries: ReviewEntries;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(saveReviewAction, {});
  const values = state.values;
  // Remount the fields with what was sent whenever a response comes back.
  const formKey = JSON.stringify([values, state.fieldErrors, state.formError]);
  return (
    <>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <form action={formAction} key={formKey} noValidate>
        <input type="hidden" name="bidId" value={bidId} />
        <input type="hidden" name="version" value={values?.version ?? String(version)} />
        {criteria.map((criterion) => {
          const entry = entries[criterion.id];
          const score = values ? values[scoreField(criterion.id)] : entry?.score?.toString();
          const rationale = values
            ? (values[rationaleField(criterion.id)] ?? "")
            : (entry?.rationale ?? "");
          return (
            <section
              key={criterion.id}
              aria-labelledby={`criterion-${criterion.id}`}
              className="mb-nhs-6 border-b border-nhs-border pb-nhs-4"
            >
              <h3 id={`criterion-${criterion.id}`}>
                {criterion.name}{" "}
                <span className="text-nhs-16 font-normal text-nhs-secondary-text">
                  (weight {criterion.weight})
                </span>
              </h3>
              {criterion.guidance ? <p>{criterion.guidance}</p> : null}
              <Choices
                type="radio"
                name={scoreField(criterion.id)}
                legend={`Your score for ${criterion.name.toLowerCase()}`}
                error={state.fieldErrors?.[scoreField(criterion.id)]}
                options={scale.map((point) => ({
                  value: String(point.value),
                  label: `${point.value}: ${point.label}`,
                  hint: point.descriptor,
                }))}
                checked={score ? [score] : []}
              />
              <Textarea
                id={rationaleField(criterion.id)}
                name={rationaleField(criterion.id)}
                label={`Why this score for ${criterion.name.toLowerCase()}?`}
                hint="Refer to the bid's answers. Other assessors and the programme team will read this."
                error={state.fieldErrors?.[rationaleField(criterion.id)]}
                maxLength={RATIONALE_MAX_LENGTH}
                rows={5}
                defaultValue={rationale}
              />
            </section>
          );
        })}
        <div className="flex flex-wrap gap-x-nhs-4">
          <Button name="intent" value="continue" disabled={pending}>
            Continue
          </Button>
          <Button name="intent" value="save" variant="secondary" disabled={pending}>
            Save as draft
          </Button>
        </div>
      </form>
    </>
  );
}
