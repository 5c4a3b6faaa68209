"use client";

import { useActionState, useMemo } from "react";
import { Button } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { Textarea } from "@/components/ui/textarea";
import { ukTime, useAutosave } from "@/components/ui/use-autosave";
import type { AnswerFormState } from "@/lib/governance/governance-forms";
import { autosaveAnswerAction, saveAnswerAction } from "../../../../actions";

export type LevelOption = { value: number; name: string; descriptor: string };

/**
 * One topic's question page: the rating on the four-level scale and the evidence. The buttons post
 * the form (so it works without JavaScript); with JavaScript the answer is also saved a moment
 * after the user stops typing or chooses a rating, and at once when the tab is hidden. Every save
 * carries the version the user started from: if someone saved in between, both versions are shown
 * and the user chooses (decision 006, as for bids).
 */
export function AnswerForm({
  assessmentId,
  slug,
  heading,
  levels,
  rating,
  evidence,
  version: initialVersion,
  evidenceMaxLength,
  isLast,
}: {
  assessmentId: string;
  slug: string;
  heading: string;
  levels: LevelOption[];
  rating: number | null;
  evidence: string;
  version: number;
  evidenceMaxLength: number;
  isLast: boolean;
}) {
  const [state, formAction, pending] = useActionState<AnswerFormState, FormData>(
    saveAnswerAction,
    {},
  );
  // After a posted save comes back with errors, remount the fields with what the user sent.
  const fieldsKey = useMemo(
    () =>
      JSON.stringify([state.values, state.fieldErrors, state.formError, state.conflict?.version]),
    [state],
  );
  const ratingValue = state.values?.rating ?? (rating === null ? "" : String(rating));

  const { formRef, shown, conflict, formVersion, status, schedule, onSubmit } = useAutosave({
    posted: state,
    initialVersion,
    save: autosaveAnswerAction,
    draftOf: (data) => JSON.stringify([data.get("rating"), data.get("evidence")]),
    // Leaving the page by a link (to add an action, say) with changes not yet saved: save them.
    saveOnLeave: true,
    messages: {
      conflict: "Not saved: this answer changed elsewhere",
      offline: "Not saved: check your connection. Your answer is still here.",
    },
  });

  return (
    <>
      <ErrorSummary errors={summaryItems(shown.fieldErrors)} formError={shown.formError} />
      {conflict ? (
        <section
          aria-labelledby="conflict-heading"
          className="mb-nhs-5 border-l-8 border-nhs-warm-yellow bg-white p-nhs-4"
        >
          <h2 id="conflict-heading" className="mt-0">
            This answer changed while you were editing
          </h2>
          <p>
            {conflict.updatedByName ?? "Someone"} saved it at {ukTime(conflict.updatedAt)}. Your
            answer has not been saved. Compare the two, then either keep yours (it replaces theirs)
            or use theirs (yours is discarded).
          </p>
          <h3>Their version</h3>
          <div className="mb-nhs-4 border border-nhs-border bg-nhs-grey-5 p-nhs-3">
            <p className="font-bold">
              Rating:{" "}
              {conflict.rating === null
                ? "not chosen"
                : `${conflict.rating} ${levels.find((l) => l.value === conflict.rating)?.name ?? ""}`}
            </p>
            <p className="m-0 whitespace-pre-wrap">{conflict.evidence || "(no evidence)"}</p>
          </div>
          <p>
            <a href={`/governance/assessments/${assessmentId}/topics/${slug}`}>Use their version</a>{" "}
            (discards yours)
          </p>
        </section>
      ) : null}
      <form ref={formRef} action={formAction} noValidate onChange={schedule} onSubmit={onSubmit}>
        <input type="hidden" name="assessmentId" value={assessmentId} />
        <input type="hidden" name="topic" value={slug} />
        <input type="hidden" name="version" value={formVersion} />
        <div key={fieldsKey}>
          <Choices
            type="radio"
            name="rating"
            legend={conflict ? `Your rating: ${heading}` : `How mature is this in your footprint?`}
            hint="Choose the level that best describes the footprint as it is now"
            error={shown.fieldErrors?.rating}
            options={levels.map((level) => ({
              value: String(level.value),
              label: (
                <>
                  <strong>
                    {level.value}: {level.name}
                  </strong>
                </>
              ),
              hint: level.descriptor,
            }))}
            checked={ratingValue ? [ratingValue] : []}
          />
          <Textarea
            id="evidence"
            name="evidence"
            label={conflict ? "Your evidence" : "What is the evidence?"}
            labelClassName="text-nhs-19 font-bold"
            hint="What shows the footprint is at this level: papers, decisions, terms of reference, what has changed"
            error={shown.fieldErrors?.evidence}
            maxLength={evidenceMaxLength}
            rows={8}
            defaultValue={state.values?.evidence ?? evidence}
          />
        </div>
        <p role="status" aria-live="polite" className="min-h-6 text-nhs-secondary-text">
          {status}
        </p>
        <div className="flex flex-wrap gap-x-nhs-3">
          <Button name="intent" value="continue" disabled={pending}>
            {conflict
              ? "Keep my version and continue"
              : isLast
                ? "Save and check your answers"
                : "Save and continue"}
          </Button>
          <Button name="intent" value="return" variant="secondary" disabled={pending}>
            {conflict ? "Keep my version" : "Save and return to the task list"}
          </Button>
        </div>
      </form>
    </>
  );
}
