"use client";

import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { Textarea } from "@/components/ui/textarea";
import type { AnswerFormState } from "@/lib/governance/governance-forms";
import { autosaveAnswerAction, saveAnswerAction } from "../../../../actions";

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
  const [autosave, setAutosave] = useState<AnswerFormState | null>(null);
  const [version, setVersion] = useState(initialVersion);
  const [status, setStatus] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // After a posted save comes back with errors, remount the fields with what the user sent.
  const fieldsKey = useMemo(
    () =>
      JSON.stringify([state.values, state.fieldErrors, state.formError, state.conflict?.version]),
    [state],
  );
  const shown = autosave ?? state;
  const conflict = shown.conflict;
  const formVersion = conflict ? conflict.version : version;
  const ratingValue = state.values?.rating ?? (rating === null ? "" : String(rating));

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
      // Leaving the page by a link (to add an action, say) with typing not yet saved: save it.
      if (dirty.current) autosaveNow.current();
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
    const sent = JSON.stringify([data.get("rating"), data.get("evidence")]);
    setStatus("Saving…");
    try {
      const result = await autosaveAnswerAction(data);
      if (result.ok) {
        const now = formRef.current ? new FormData(formRef.current) : null;
        // Typing during the save leaves the page dirty: the next autosave takes it.
        if (now && JSON.stringify([now.get("rating"), now.get("evidence")]) === sent)
          dirty.current = false;
        setVersion(result.version);
        setAutosave(null);
        setStatus(`Saved at ${ukTime(result.savedAt)}`);
      } else {
        setAutosave(result);
        setStatus(result.conflict ? "Not saved: this answer changed elsewhere" : "Not saved");
      }
    } catch {
      setStatus("Not saved: check your connection. Your answer is still here.");
    }
  }

  const schedule = () => {
    dirty.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(runAutosave, AUTOSAVE_DELAY_MS);
  };

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
      <form
        ref={formRef}
        action={formAction}
        noValidate
        onChange={schedule}
        onSubmit={() => {
          clearTimeout(timer.current);
          dirty.current = false;
        }}
      >
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
