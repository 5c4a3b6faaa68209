"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { formDataToObject, type FormState } from "@/lib/forms/form-data";
import {
  handleChangeRoundState,
  handleSaveCriteria,
  handleSaveRound,
  handleSaveScale,
} from "@/lib/rounds/round-forms";

export async function saveRoundAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole(["PROGRAMME_ADMIN"]);
  const result = await handleSaveRound({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath("/", "layout");
  redirect(`/admin/rounds/${result.roundId}?saved=details`);
}

export async function saveCriteriaAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole(["PROGRAMME_ADMIN"]);
  const result = await handleSaveCriteria({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath("/", "layout");
  redirect(`/admin/rounds/${result.roundId}?saved=criteria`);
}

export async function saveScaleAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole(["PROGRAMME_ADMIN"]);
  const result = await handleSaveScale({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath("/", "layout");
  redirect(`/admin/rounds/${result.roundId}?saved=scale`);
}

export async function changeRoundStateAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole(["PROGRAMME_ADMIN"]);
  const result = await handleChangeRoundState({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath("/", "layout");
  redirect(`/admin/rounds/${result.roundId}?saved=state`);
}
