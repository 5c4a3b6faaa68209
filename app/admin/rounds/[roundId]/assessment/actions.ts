"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { assignAssessor } from "@/lib/assessment/assign-assessor";
import {
  ZAssign,
  ZAutoAssign,
  ZRecordConflict,
  ZReopen,
  ZUnassign,
} from "@/lib/assessment/assessment-forms";
import { autoAssignAssessors } from "@/lib/assessment/auto-assign-assessors";
import { reopenReview } from "@/lib/assessment/reopen-review";
import { unassignAssessor } from "@/lib/assessment/unassign-assessor";
import { requireRole } from "@/lib/auth/session";
import { recordConflict } from "@/lib/conflicts/record-conflict";
import { formStateFromError, stringValues } from "@/lib/forms/domain-error-state";
import { fieldErrorsFrom, formDataToObject, type FormState } from "@/lib/forms/form-data";

export async function autoAssignAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole(["PROGRAMME_ADMIN"]);
  const raw = formDataToObject(formData);
  const input = ZAutoAssign.safeParse(raw);
  if (!input.success)
    return { fieldErrors: fieldErrorsFrom(input.error.issues), values: stringValues(raw) };
  const { roundId, dueOn, assessorIds } = input.data;
  let created: number;
  try {
    ({ created } = await autoAssignAssessors({ actor, roundId, dueAt: dueOn, assessorIds }));
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  revalidatePath(`/admin/rounds/${roundId}`, "layout");
  redirect(`/admin/rounds/${roundId}/assessment?assigned=${created}`);
}

export async function assignAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(["PROGRAMME_ADMIN"]);
  const raw = formDataToObject(formData);
  const input = ZAssign.safeParse(raw);
  if (!input.success)
    return { fieldErrors: fieldErrorsFrom(input.error.issues), values: stringValues(raw) };
  const { roundId, bidId, assessorId, dueOn } = input.data;
  try {
    await assignAssessor({ actor, bidId, assessorId, dueAt: dueOn });
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  revalidatePath(`/admin/rounds/${roundId}`, "layout");
  redirect(`/admin/rounds/${roundId}/assessment/${bidId}?saved=assigned`);
}

export async function unassignAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(["PROGRAMME_ADMIN"]);
  const raw = formDataToObject(formData);
  const input = ZUnassign.safeParse(raw);
  if (!input.success)
    return { fieldErrors: fieldErrorsFrom(input.error.issues), values: stringValues(raw) };
  const { roundId, bidId, assignmentId, reason } = input.data;
  try {
    await unassignAssessor({ actor, assignmentId, reason });
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  revalidatePath(`/admin/rounds/${roundId}`, "layout");
  redirect(`/admin/rounds/${roundId}/assessment/${bidId}?saved=unassigned`);
}

export async function reopenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(["PROGRAMME_ADMIN"]);
  const raw = formDataToObject(formData);
  const input = ZReopen.safeParse(raw);
  if (!input.success)
    return { fieldErrors: fieldErrorsFrom(input.error.issues), values: stringValues(raw) };
  const { roundId, bidId, reviewId, reason } = input.data;
  try {
    await reopenReview({ actor, reviewId, reason });
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  revalidatePath(`/admin/rounds/${roundId}`, "layout");
  redirect(`/admin/rounds/${roundId}/assessment/${bidId}?saved=reopened`);
}

export async function recordConflictAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole(["PROGRAMME_ADMIN"]);
  const raw = formDataToObject(formData);
  const input = ZRecordConflict.safeParse(raw);
  if (!input.success)
    return { fieldErrors: fieldErrorsFrom(input.error.issues), values: stringValues(raw) };
  const { roundId, bidId, assessorId, reason } = input.data;
  try {
    await recordConflict({ actor, bidId, assessorId, reason });
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  revalidatePath(`/admin/rounds/${roundId}`, "layout");
  redirect(`/admin/rounds/${roundId}/assessment/${bidId}?saved=conflict`);
}
