"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole, requireUser } from "@/lib/auth/session";
import { formDataToObject, type FormState } from "@/lib/forms/form-data";
import {
  handleClosePeriod,
  handleOpenPeriod,
  handlePublishAssessment,
  handleRemoveAction,
  handleReopenAssessment,
  handleSaveAction,
  handleSaveAnswer,
  handleStartAssessment,
  handleSubmitAssessment,
  handleUpdateActionStatus,
  handleUpdatePeriod,
  type AnswerFormState,
} from "@/lib/governance/governance-forms";
import { nextTopic } from "@/lib/governance/topics";

/*
 * Thin actions: the actor (re-read from the database), the handler in lib/governance (zod, the
 * use-case, refusals as form state), then revalidate and redirect outside any try. Who may do what
 * is checked by each use-case against the record itself.
 */

const assessmentPath = (id: string) => `/governance/assessments/${id}`;

export async function openPeriodAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole(["PROGRAMME_ADMIN"]);
  const result = await handleOpenPeriod({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath("/", "layout");
  redirect("/admin/governance?opened=1");
}

export async function updatePeriodAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole(["PROGRAMME_ADMIN"]);
  const result = await handleUpdatePeriod({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath("/", "layout");
  redirect("/admin/governance?saved=1");
}

export async function closePeriodAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole(["PROGRAMME_ADMIN"]);
  const result = await handleClosePeriod({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath("/", "layout");
  redirect("/admin/governance?closed=1");
}

export async function startAssessmentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const result = await handleStartAssessment({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath("/", "layout");
  redirect(assessmentPath(result.assessmentId));
}

/** A topic's Save buttons: saves, then on to the next topic, or back to the task list. */
export async function saveAnswerAction(
  _previous: AnswerFormState,
  formData: FormData,
): Promise<AnswerFormState> {
  const actor = await requireUser();
  const result = await handleSaveAnswer({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath(assessmentPath(result.assessmentId), "layout");
  const next = nextTopic(result.topic.key);
  if (result.intent === "continue")
    redirect(
      next
        ? `${assessmentPath(result.assessmentId)}/topics/${next.slug}`
        : `${assessmentPath(result.assessmentId)}/check`,
    );
  redirect(
    `${assessmentPath(result.assessmentId)}?saved=${result.topic.slug}#${result.topic.slug}`,
  );
}

export type AutosaveResult =
  { ok: true; version: number; savedAt: string } | (AnswerFormState & { ok?: false });

/** Saving as the user goes (JavaScript only): the same save, without leaving the page. */
export async function autosaveAnswerAction(formData: FormData): Promise<AutosaveResult> {
  const actor = await requireUser();
  const result = await handleSaveAnswer({ actor, raw: formDataToObject(formData) });
  if ("ok" in result)
    return { ok: true, version: result.version, savedAt: result.savedAt.toISOString() };
  return result;
}

export async function saveActionAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const result = await handleSaveAction({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath(assessmentPath(result.assessmentId), "layout");
  redirect(
    `${assessmentPath(result.assessmentId)}/topics/${result.topic.slug}?action=saved#actions`,
  );
}

export async function removeActionAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const result = await handleRemoveAction({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath(assessmentPath(result.assessmentId), "layout");
  redirect(
    `${assessmentPath(result.assessmentId)}/topics/${result.topic.slug}?action=removed#actions`,
  );
}

export async function updateActionStatusAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const result = await handleUpdateActionStatus({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath("/", "layout");
  redirect(`${assessmentPath(result.assessmentId)}?progress=1#actions`);
}

export async function submitAssessmentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const result = await handleSubmitAssessment({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath("/", "layout");
  redirect(`${assessmentPath(result.assessmentId)}?submitted=1`);
}

export async function publishAssessmentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const result = await handlePublishAssessment({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath("/", "layout");
  redirect(
    `${assessmentPath(result.assessmentId)}?${result.published ? "published" : "unpublished"}=1`,
  );
}

export async function reopenAssessmentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole(["PROGRAMME_ADMIN"]);
  const result = await handleReopenAssessment({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath("/", "layout");
  redirect(`${assessmentPath(result.assessmentId)}?reopened=1`);
}
