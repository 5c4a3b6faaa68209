"use client";

import { useActionState, useMemo } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { Textarea } from "@/components/ui/textarea";
import { ukTime, useAutosave } from "@/components/ui/use-autosave";
import type { BidFormState } from "@/lib/bids/bid-forms";
import { autosaveSectionAction, saveSectionAction } from "../../../actions";

/**
 * A question page. The Save button posts the form (so it works without JavaScript); with
 * JavaScript the answer is also saved a moment after the user stops typing. Every save carries the
 * version the user started from: if a co-author saved in between, both versions are shown and the
 * user chooses, so nothing is overwritten silently.
 */
export function SectionForm({
  bidId,
  slug,
  question,
  hint,
  maxLength,
  body,
  version: initialVersion,
}: {
  bidId: string;
  slug: string;
  question: string;
  hint: string;
  maxLength: number;
  body: string;
  version: number;
}) {
  const [state, formAction, pending] = useActionState<BidFormState, FormData>(
    saveSectionAction,
    {},
  );
  // After a posted save comes back with errors, remount the textarea with the text the user sent.
  const textareaKey = useMemo(
    () =>
      JSON.stringify([
        state.values?.body,
        state.fieldErrors,
        state.formError,
        state.conflict?.version,
      ]),
    [state],
  );

  const { formRef, shown, conflict, formVersion, status, schedule, onSubmit } = useAutosave({
    posted: state,
    initialVersion,
    save: autosaveSectionAction,
    draftOf: (data) => String(data.get("body")),
    messages: {
      conflict: "Not saved: this section changed elsewhere",
      offline: "Not saved: check your connection. Your text is still here.",
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
            This section changed while you were editing
          </h2>
          <p>
            {conflict.updatedByName ?? "Someone"} saved it at {ukTime(conflict.updatedAt)}. Your
            text has not been saved. Compare the two versions, then either keep yours (it replaces
            theirs) or use theirs (yours is discarded).
          </p>
          <h3>Their version</h3>
          <div className="mb-nhs-4 whitespace-pre-wrap border border-nhs-border bg-nhs-grey-5 p-nhs-3">
            {conflict.body || "(empty)"}
          </div>
          <p>
            <a href={`/bids/${bidId}/sections/${slug}`}>Use their version</a> (discards yours)
          </p>
        </section>
      ) : null}
      <form ref={formRef} action={formAction} noValidate onSubmit={onSubmit}>
        <input type="hidden" name="bidId" value={bidId} />
        <input type="hidden" name="section" value={slug} />
        <input type="hidden" name="version" value={formVersion} />
        <Textarea
          key={textareaKey}
          id="body"
          name="body"
          label={conflict ? "Your version" : question}
          asPageHeading
          hint={hint}
          error={shown.fieldErrors?.body}
          maxLength={maxLength}
          rows={12}
          defaultValue={state.values?.body ?? body}
          onValueChange={schedule}
        />
        <p role="status" aria-live="polite" className="min-h-6 text-nhs-secondary-text">
          {status}
        </p>
        <Button disabled={pending}>
          {conflict ? "Keep my version" : "Save and return to the bid"}
        </Button>
      </form>
    </>
  );
}
