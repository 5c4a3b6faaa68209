"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formStateFromError } from "@/lib/forms/domain-error-state";
import { requireUser } from "@/lib/auth/session";
import {
  handleAddCoAuthor,
  handleSaveBudget,
  handleSavePartners,
  handleSaveSection,
  handleStartBid,
  handleSubmitBid,
  type BidFormState,
} from "@/lib/bids/bid-forms";
import { withdrawBid } from "@/lib/bids/withdraw-bid";
import { id } from "@/lib/forms/fields";
import { formDataToObject, type FormState } from "@/lib/forms/form-data";

export async function startBidAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser({ returnTo: "/bids" });
  const result = await handleStartBid({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath("/bids");
  redirect(`/bids/${result.bidId}`);
}

/** The question page's Save button: saves, then back to the task list. */
export async function saveSectionAction(
  _previous: BidFormState,
  formData: FormData,
): Promise<BidFormState> {
  const actor = await requireUser();
  const result = await handleSaveSection({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath(`/bids/${result.bidId}`);
  redirect(`/bids/${result.bidId}?saved=${formData.get("section")}`);
}

export type AutosaveResult =
  { ok: true; version: number; savedAt: string } | (BidFormState & { ok?: false });

/** Saving as the user types (JavaScript only): the same save, without leaving the page. */
export async function autosaveSectionAction(formData: FormData): Promise<AutosaveResult> {
  const actor = await requireUser();
  const result = await handleSaveSection({ actor, raw: formDataToObject(formData) });
  if ("ok" in result)
    return { ok: true, version: result.version, savedAt: result.savedAt.toISOString() };
  return result;
}

export async function saveBudgetAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const result = await handleSaveBudget({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath(`/bids/${result.bidId}`);
  redirect(`/bids/${result.bidId}?saved=budget`);
}

export async function savePartnersAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const result = await handleSavePartners({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath(`/bids/${result.bidId}`);
  redirect(`/bids/${result.bidId}?saved=partners`);
}

export async function addCoAuthorAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const result = await handleAddCoAuthor({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath(`/bids/${result.bidId}`);
  redirect(`/bids/${result.bidId}/co-authors?added=1`);
}

export async function submitBidAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const result = await handleSubmitBid({ actor, raw: formDataToObject(formData) });
  if (!("ok" in result)) return result;
  revalidatePath(`/bids/${result.bidId}`);
  redirect(`/bids/${result.bidId}/submitted`);
}

export async function withdrawBidAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser();
  const input = z.object({ bidId: id() }).safeParse(formDataToObject(formData));
  if (!input.success) return { formError: "Reload the page and try again" };
  const { bidId } = input.data;
  try {
    await withdrawBid({ actor, bidId });
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(`/bids/${bidId}`);
  redirect(`/bids/${bidId}?withdrawn=1`);
}
