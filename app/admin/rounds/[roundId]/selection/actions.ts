"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { ZDecision, ZRecordProposal } from "@/lib/decisions/decision-forms";
import { recordDecision } from "@/lib/decisions/record-decision";
import { recordProposedDecisions } from "@/lib/decisions/record-proposed-decisions";
import { formStateFromError, stringValues } from "@/lib/forms/domain-error-state";
import { fieldErrorsFrom, formDataToObject, type FormState } from "@/lib/forms/form-data";

export async function recordProposalAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole(["PROGRAMME_ADMIN"]);
  const raw = formDataToObject(formData);
  const input = ZRecordProposal.safeParse(raw);
  if (!input.success)
    return { fieldErrors: fieldErrorsFrom(input.error.issues), values: stringValues(raw) };
  const { roundId, basis, cap, note } = input.data;
  try {
    await recordProposedDecisions({ actor, roundId, basis, regionCap: cap, note });
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  revalidatePath("/", "layout");
  redirect(`/admin/rounds/${roundId}/selection?saved=decisions`);
}

export async function recordDecisionAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole(["PROGRAMME_ADMIN"]);
  const raw = formDataToObject(formData);
  const input = ZDecision.safeParse(raw);
  if (!input.success)
    return { fieldErrors: fieldErrorsFrom(input.error.issues), values: stringValues(raw) };
  const { roundId, bidId, version, outcome, amountAwardedPence, rationale } = input.data;
  try {
    await recordDecision({
      actor,
      decision: { bidId, version, outcome, amountAwardedPence, rationale },
    });
  } catch (error) {
    return formStateFromError(error, stringValues(raw));
  }
  revalidatePath("/", "layout");
  redirect(`/admin/rounds/${roundId}/selection?saved=decision`);
}
