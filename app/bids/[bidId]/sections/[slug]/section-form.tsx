"use client";

import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { Textarea } from "@/components/ui/textarea";
import type { BidFormState } from "@/lib/bids/bid-forms";
import { autosaveSectionAction, saveSectionAction } from "../../../actions";

const AUTOSAVE_DELAY_MS = 1500;

function ukTime(date: Date | string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    hour: "numeric",
    minute: "2-digit",
    day: "numeric",
    month: "long",
  }).format(new Date(date));
}

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
  const [autosave, setAutosave] = useState<BidFormState | null>(null);
  const [version, setVersion] = useState(initialVersion);
  const [status, setStatus] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
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

  const shown = autosave ?? state;
  const conflict = shown.conflict;
  const formVersion = conflict ? conflict.version : version;

  // Text typed but not yet saved: saved at once when the tab is hidden (switching apps, closing
  // a laptop), and the browser asks before the page is closed or left.
  const dirty = useRef(false);
  const autosaveNow = useRef<() => void>(() => {});
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden" && dirty.current) autosaveNow.current();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      clearTimeout(timer.current);
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, []);

  useEffect(() => {
    autosaveNow.current = () => {
      clearTimeout(timer.current);
      void runAutosave();
    };
  });

  async function runAutosave() {
    const form = formRef.current;
    if (!form || conflict) return;
    const data = new FormData(form);
    const sent = data.get("body");
    setStatus("Saving…");
    try {
      const result = await autosaveSectionAction(data);
      if (result.ok) {
        // Typing during the save leaves the page dirty: the next autosave takes it.
        if (formRef.current && new FormData(formRef.current).get("body") === sent)
          dirty.current = false;
        setVersion(result.version);
        setAutosave(null);
        setStatus(`Saved at ${ukTime(result.savedAt)}`);
      } else {
        setAutosave(result);
        setStatus(result.conflict ? "Not saved: this section changed elsewhere" : "Not saved");
      }
    } catch {
      setStatus("Not saved: check your connection. Your text is still here.");
    }
  }

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
      <form
        ref={formRef}
        action={formAction}
        noValidate
        onSubmit={() => {
          clearTimeout(timer.current);
          dirty.current = false;
        }}
      >
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
          onValueChange={() => {
            dirty.current = true;
            clearTimeout(timer.current);
            timer.current = setTimeout(runAutosave, AUTOSAVE_DELAY_MS);
          }}
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
