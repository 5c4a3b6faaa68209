import "server-only";
/**
 * The governance self-assessment's forms, from posted fields to a use-case and back: zod parses
 * what was posted with the field vocabulary, the use-case runs with the actor, and a DomainError
 * becomes field or form errors. The server actions in app/ call these after requireUser, so the
 * integration suite can prove that bad input gives field errors and writes nothing.
 */
import { z } from "zod";
import type { Actor } from "../auth/session";
import { plainText } from "../bids/bid-rules";
import { formStateFromError } from "../forms/domain-error-state";
import {
  calendarDate,
  choice,
  id,
  optionalId,
  optionalVersion,
  requireVersionWhenEditing,
  score,
  text,
  ukDateTime,
  version,
} from "../forms/fields";
import { fieldErrorsFrom, type FormState } from "../forms/form-data";
import { closePeriod } from "./close-period";
import { openPeriod } from "./open-period";
import { setAssessmentPublished } from "./publish-assessment";
import { removeAction } from "./remove-action";
import { reopenAssessment } from "./reopen-assessment";
import { saveAction } from "./save-action";
import { saveAnswer, StaleAnswerError, type AnswerConflict } from "./save-answer";
import { startAssessment } from "./start-assessment";
import {
  AlreadySubmittedError,
  IncompleteAssessmentError,
  submitAssessment,
} from "./submit-assessment";
import { MATURITY_VALUES, TOPICS, topicBySlug, type TopicSpec } from "./topics";
import { updateActionStatus } from "./update-action-status";
import { updatePeriod } from "./update-period";

type Raw = Record<string, string | string[]>;
type Ok<T> = { ok: true } & T;

export type AnswerFormState = FormState & {
  conflict?: AnswerConflict & { mine: { rating: number | null; evidence: string } };
};

/** Evidence for one topic: plain text as typed, up to this many characters. */
export const EVIDENCE_MAX_LENGTH = 5000;
export const ACTION_MAX_LENGTH = 1000;

const ZId = id();
const ZTopicSlug = choice(TOPICS.map((topic) => topic.slug) as [string, ...string[]], {
  message: "Reload the page and try again",
});
export const ACTION_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE"] as const;
const ZActionStatus = choice(ACTION_STATUSES, { message: "Choose how far the action has got" });

function raw(raw: Raw, key: string): string {
  return typeof raw[key] === "string" ? (raw[key] as string) : "";
}

// ---------------------------------------------------------------------------------------------
// Periods (programme admins)
// ---------------------------------------------------------------------------------------------

const ZPeriodName = text({
  label: "The period's name",
  max: 100,
  required: "Enter a name for the period, like 2026/27 autumn",
});
// Required, so never null once parsed.
const ZDeadline = ukDateTime({
  label: "The deadline",
  required: "Enter the deadline, as a date and time in UK time",
}).transform((value) => value!);

const ZOpenPeriod = z.object({ name: ZPeriodName, closesAt: ZDeadline });

export async function handleOpenPeriod({
  actor,
  raw: posted,
  now,
}: {
  actor: Actor;
  raw: Raw;
  now?: Date;
}): Promise<Ok<{ periodId: string }> | FormState> {
  const values = { name: raw(posted, "name"), closesAt: raw(posted, "closesAt") };
  const parsed = ZOpenPeriod.safeParse(posted);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values };
  try {
    return { ok: true, ...(await openPeriod({ actor, ...parsed.data, now })) };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

const ZUpdatePeriod = z.object({
  periodId: ZId,
  version: version({ min: 1 }),
  name: ZPeriodName,
  closesAt: ZDeadline,
});

export async function handleUpdatePeriod({
  actor,
  raw: posted,
}: {
  actor: Actor;
  raw: Raw;
}): Promise<Ok<{ periodId: string }> | FormState> {
  const values = { name: raw(posted, "name"), closesAt: raw(posted, "closesAt") };
  const parsed = ZUpdatePeriod.safeParse(posted);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values };
  try {
    return { ok: true, ...(await updatePeriod({ actor, ...parsed.data })) };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

const ZClosePeriod = z.object({ periodId: ZId, version: version({ min: 1 }) });

export async function handleClosePeriod({
  actor,
  raw: posted,
  now,
}: {
  actor: Actor;
  raw: Raw;
  now?: Date;
}): Promise<Ok<{ periodId: string }> | FormState> {
  const parsed = ZClosePeriod.safeParse(posted);
  if (!parsed.success) return { formError: "Reload the page and try again" };
  try {
    return { ok: true, ...(await closePeriod({ actor, ...parsed.data, now })) };
  } catch (error) {
    return formStateFromError(error);
  }
}

// ---------------------------------------------------------------------------------------------
// Completing an assessment (the footprint's board admins and network leads)
// ---------------------------------------------------------------------------------------------

const ZStart = z.object({ footprintId: ZId });

export async function handleStartAssessment({
  actor,
  raw: posted,
  now,
}: {
  actor: Actor;
  raw: Raw;
  now?: Date;
}): Promise<Ok<{ assessmentId: string }> | FormState> {
  const parsed = ZStart.safeParse(posted);
  if (!parsed.success) return { formError: "Reload the page and try again" };
  try {
    return { ok: true, ...(await startAssessment({ actor, ...parsed.data, now })) };
  } catch (error) {
    return formStateFromError(error);
  }
}

export const ZEvidence = plainText({ label: "The evidence", max: EVIDENCE_MAX_LENGTH });

const ZAnswer = z.object({
  assessmentId: ZId,
  topic: ZTopicSlug,
  version: version(),
  rating: score({ label: "The rating", values: MATURITY_VALUES }),
  evidence: ZEvidence,
  intent: choice(["", "continue", "return"] as const, { message: "Reload the page and try again" }),
});

export async function handleSaveAnswer({
  actor,
  raw: posted,
  now,
}: {
  actor: Actor;
  raw: Raw;
  now?: Date;
}): Promise<
  | Ok<{
      version: number;
      savedAt: Date;
      assessmentId: string;
      topic: TopicSpec;
      intent: "" | "continue" | "return";
    }>
  | AnswerFormState
> {
  const values = { rating: raw(posted, "rating"), evidence: raw(posted, "evidence") };
  const parsed = ZAnswer.safeParse(posted);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values };
  const topic = topicBySlug(parsed.data.topic)!;
  const { rating, evidence } = parsed.data;
  try {
    const result = await saveAnswer({
      actor,
      assessmentId: parsed.data.assessmentId,
      topic: topic.key,
      rating,
      evidence,
      version: parsed.data.version,
      now,
    });
    return {
      ok: true,
      assessmentId: parsed.data.assessmentId,
      topic,
      intent: parsed.data.intent,
      ...result,
    };
  } catch (error) {
    if (error instanceof StaleAnswerError)
      return {
        formError: error.userMessage,
        values,
        conflict: { ...error.current, mine: { rating, evidence } },
      };
    return formStateFromError(error, values);
  }
}

const ZAction = z
  .object({
    assessmentId: ZId,
    topic: ZTopicSlug,
    actionId: optionalId(),
    version: optionalVersion({ min: 1 }),
    description: plainText({ label: "What will be done", max: ACTION_MAX_LENGTH }).pipe(
      z.string().trim().min(1, { error: "Say what will be done" }),
    ),
    ownerId: id({ message: "Choose who owns the action" }),
    dueOn: calendarDate({ label: "The due date", required: "Enter the date it is due by" }),
    status: ZActionStatus,
  })
  .superRefine((value, ctx) => requireVersionWhenEditing(value, ctx, "actionId"));

export async function handleSaveAction({
  actor,
  raw: posted,
  now,
}: {
  actor: Actor;
  raw: Raw;
  now?: Date;
}): Promise<Ok<{ assessmentId: string; topic: TopicSpec }> | FormState> {
  const values = Object.fromEntries(
    ["description", "ownerId", "dueOn", "status"].map((key) => [key, raw(posted, key)]),
  );
  const parsed = ZAction.safeParse(posted);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values };
  const topic = topicBySlug(parsed.data.topic)!;
  const {
    assessmentId,
    actionId,
    version: from,
    description,
    ownerId,
    dueOn,
    status,
  } = parsed.data;
  try {
    await saveAction({
      actor,
      assessmentId,
      topic: topic.key,
      actionId,
      version: from,
      // Required by the schema, so never null here.
      fields: { description, ownerId, dueOn: dueOn!, status },
      now,
    });
    return { ok: true, assessmentId, topic };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

const ZRemoveAction = z.object({ assessmentId: ZId, actionId: ZId, version: version({ min: 1 }) });

export async function handleRemoveAction({
  actor,
  raw: posted,
  now,
}: {
  actor: Actor;
  raw: Raw;
  now?: Date;
}): Promise<Ok<{ assessmentId: string; topic: TopicSpec }> | FormState> {
  const parsed = ZRemoveAction.safeParse(posted);
  if (!parsed.success) return { formError: "Reload the page and try again" };
  try {
    const { topic } = await removeAction({ actor, ...parsed.data, now });
    return {
      ok: true,
      assessmentId: parsed.data.assessmentId,
      topic: TOPICS.find((t) => t.key === topic)!,
    };
  } catch (error) {
    return formStateFromError(error);
  }
}

const ZActionProgress = z.object({
  actionId: ZId,
  version: version({ min: 1 }),
  status: ZActionStatus,
});

export async function handleUpdateActionStatus({
  actor,
  raw: posted,
}: {
  actor: Actor;
  raw: Raw;
}): Promise<Ok<{ assessmentId: string }> | FormState> {
  const parsed = ZActionProgress.safeParse(posted);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  try {
    return { ok: true, ...(await updateActionStatus({ actor, ...parsed.data })) };
  } catch (error) {
    return formStateFromError(error);
  }
}

const ZSubmit = z.object({ assessmentId: ZId });

export async function handleSubmitAssessment({
  actor,
  raw: posted,
  now,
}: {
  actor: Actor;
  raw: Raw;
  now?: Date;
}): Promise<Ok<{ assessmentId: string; alreadySubmitted: boolean }> | FormState> {
  const parsed = ZSubmit.safeParse(posted);
  if (!parsed.success) return { formError: "Reload the page and try again" };
  const { assessmentId } = parsed.data;
  try {
    await submitAssessment({ actor, assessmentId, now });
    return { ok: true, assessmentId, alreadySubmitted: false };
  } catch (error) {
    if (error instanceof IncompleteAssessmentError)
      return {
        formError: "The assessment is not ready to submit. Answer everything listed below first.",
        fieldErrors: Object.fromEntries(error.problems.map((p) => [p.field, p.message])),
      };
    // A second click or a colleague's submission: the first stands, so show it.
    if (error instanceof AlreadySubmittedError)
      return { ok: true, assessmentId, alreadySubmitted: true };
    return formStateFromError(error);
  }
}

const ZPublish = z.object({
  assessmentId: ZId,
  publish: choice(["yes", "no"] as const, { message: "Reload the page and try again" }),
});

export async function handlePublishAssessment({
  actor,
  raw: posted,
  now,
}: {
  actor: Actor;
  raw: Raw;
  now?: Date;
}): Promise<Ok<{ assessmentId: string; footprintId: string; published: boolean }> | FormState> {
  const parsed = ZPublish.safeParse(posted);
  if (!parsed.success) return { formError: "Reload the page and try again" };
  const published = parsed.data.publish === "yes";
  try {
    const { footprintId } = await setAssessmentPublished({
      actor,
      assessmentId: parsed.data.assessmentId,
      published,
      now,
    });
    return { ok: true, assessmentId: parsed.data.assessmentId, footprintId, published };
  } catch (error) {
    return formStateFromError(error);
  }
}

const ZReopen = z.object({
  assessmentId: ZId,
  reason: text({
    label: "The reason",
    max: 2000,
    required: "Enter why the assessment is being reopened",
  }),
});

export async function handleReopenAssessment({
  actor,
  raw: posted,
  now,
}: {
  actor: Actor;
  raw: Raw;
  now?: Date;
}): Promise<Ok<{ assessmentId: string }> | FormState> {
  const values = { reason: raw(posted, "reason") };
  const parsed = ZReopen.safeParse(posted);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values };
  try {
    return { ok: true, ...(await reopenAssessment({ actor, ...parsed.data, now })) };
  } catch (error) {
    return formStateFromError(error, values);
  }
}
