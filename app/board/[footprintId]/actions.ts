"use server";

import { redirect } from "next/navigation";
import { safeReturnPathUnder } from "@/lib/http/return-path";
import { assignPerson } from "@/lib/assignments/assign-person";
import { endAssignment } from "@/lib/assignments/end-assignment";
import { saveBoardSeat, saveWorkstream } from "@/lib/assignments/save-workstream";
import { setLeadCap } from "@/lib/assignments/set-lead-cap";
import {
  ZSetLeadCap,
  ZAssignPerson,
  ZEndAssignment,
  ZSaveBoardSeat,
  ZSaveWorkstream,
} from "@/lib/assignments/schemas";
import { requireUser } from "@/lib/auth/session";
import { formStateFromError, stringValues } from "@/lib/forms/domain-error-state";
import { fieldErrorsFrom, formDataToObject, type FormState } from "@/lib/forms/form-data";

function targetPath(footprintId: string, kind: string, id: string) {
  return `/board/${encodeURIComponent(footprintId)}/${kind}/${encodeURIComponent(id)}`;
}

export async function assignPersonAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const raw = formDataToObject(formData);
  const parsed = ZAssignPerson.safeParse(raw);
  if (!parsed.success)
    return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values: stringValues(raw) };
  try {
    await assignPerson({ actor, input: parsed.data });
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  const { footprintId, kind, targetId } = parsed.data;
  redirect(`${targetPath(footprintId, kind, targetId)}?done=assigned`);
}

export async function endAssignmentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const raw = formDataToObject(formData);
  const parsed = ZEndAssignment.safeParse(raw);
  if (!parsed.success)
    return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values: stringValues(raw) };
  try {
    await endAssignment({ actor, input: parsed.data });
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  const returnTo = safeReturnPathUnder(raw.returnTo, "/board/") ?? "/board";
  redirect(`${returnTo.split(/[?#]/)[0]}?done=ended`);
}

export async function saveWorkstreamAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const raw = formDataToObject(formData);
  const parsed = ZSaveWorkstream.safeParse(raw);
  if (!parsed.success)
    return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values: stringValues(raw) };
  let id: string;
  try {
    ({ id } = await saveWorkstream({ actor, input: parsed.data }));
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  redirect(`${targetPath(parsed.data.footprintId, "workstreams", id)}?done=saved`);
}

export async function saveBoardSeatAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const raw = formDataToObject(formData);
  const parsed = ZSaveBoardSeat.safeParse(raw);
  if (!parsed.success)
    return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values: stringValues(raw) };
  let id: string;
  try {
    ({ id } = await saveBoardSeat({ actor, input: parsed.data }));
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  redirect(`${targetPath(parsed.data.footprintId, "seats", id)}?done=saved`);
}

export async function setLeadCapAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const raw = formDataToObject(formData);
  const parsed = ZSetLeadCap.safeParse(raw);
  if (!parsed.success)
    return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values: stringValues(raw) };
  try {
    await setLeadCap({ actor, ...parsed.data });
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  redirect(`/board/${encodeURIComponent(parsed.data.footprintId)}?done=cap`);
}
