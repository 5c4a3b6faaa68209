"use client";

import { useEffect, useRef, useState } from "react";

const AUTOSAVE_DELAY_MS = 1500;

/** A save time as the page shows it, in UK time. */
export function ukTime(date: Date | string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    hour: "numeric",
    minute: "2-digit",
    day: "numeric",
    month: "long",
  }).format(new Date(date));
}

type Saved = { ok: true; version: number; savedAt: string };

/**
 * Saving a form as the user goes, for the pages that promise nothing is lost (decision 006): a
 * moment after the last change, and at once when the tab is hidden; the browser asks before a
 * page with unsaved changes is closed. Each save carries the version the user started from, and a
 * conflict stops autosaving until the user chooses. `posted` is the form's own (useActionState)
 * state; what it shows is the latest of that and the last autosave.
 */
export function useAutosave<S extends { conflict?: { version: number } | null }>({
  posted,
  initialVersion,
  save,
  draftOf,
  saveOnLeave = false,
  messages,
}: {
  posted: S;
  initialVersion: number;
  save: (data: FormData) => Promise<Saved | (NoInfer<S> & { ok?: false })>;
  /** The part of the form that is the draft, to tell whether typing went on during a save. */
  draftOf: (data: FormData) => string;
  /** Also save when the form goes away (the user followed a link) with changes unsaved. */
  saveOnLeave?: boolean;
  messages: { conflict: string; offline: string };
}) {
  const [autosave, setAutosave] = useState<S | null>(null);
  const [version, setVersion] = useState(initialVersion);
  const [status, setStatus] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const shown = autosave ?? posted;
  const conflict: S["conflict"] = shown.conflict;

  // Changes not yet saved: saved at once when the tab is hidden (switching apps, closing a
  // laptop), and the browser asks before the page is closed or left.
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
      if (saveOnLeave && dirty.current) autosaveNow.current();
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [saveOnLeave]);

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
    const sent = draftOf(data);
    setStatus("Saving…");
    try {
      const result = await save(data);
      if (result.ok) {
        // Typing during the save leaves the page dirty: the next autosave takes it.
        if (formRef.current && draftOf(new FormData(formRef.current)) === sent)
          dirty.current = false;
        setVersion(result.version);
        setAutosave(null);
        setStatus(`Saved at ${ukTime(result.savedAt)}`);
      } else {
        setAutosave(result);
        setStatus(result.conflict ? messages.conflict : "Not saved");
      }
    } catch {
      setStatus(messages.offline);
    }
  }

  return {
    formRef,
    shown,
    conflict,
    /** The version the next save carries: theirs once the user has seen a conflict. */
    formVersion: conflict ? conflict.version : version,
    status,
    /** Call on every change. */
    schedule: () => {
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(runAutosave, AUTOSAVE_DELAY_MS);
    },
    /** Call when the form is posted: the post saves it. */
    onSubmit: () => {
      clearTimeout(timer.current);
      dirty.current = false;
    },
  };
}
