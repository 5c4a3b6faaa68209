"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { formStateFromError } from "@/lib/forms/domain-error-state";
import { formDataToObject, type FormState } from "@/lib/forms/form-data";
import { saveWeights } from "@/lib/rounds/save-weights";
import { viewQuery, ZRankingView } from "@/lib/scoring/sort-ranking";
import { weightFields, ZSaveWeights } from "@/lib/scoring/what-if-weights";

/** Saves the weights tried on the ranking page as the round's weights. */
export async function saveWeightsAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole(["PROGRAMME_ADMIN"]);
  const raw = formDataToObject(formData);
  const input = ZSaveWeights.safeParse({ ...raw, weights: weightFields(raw) });
  if (!input.success)
    // The fields are hidden copies of the weights above, so there is no field to point to.
    return {
      formError: "Each weight must be a whole number from 1 to 100. Check them and try again.",
    };
  const { roundId, version, weights } = input.data;
  try {
    await saveWeights({ actor, roundId, version, weights });
  } catch (error) {
    return formStateFromError(error);
  }
  const path = `/admin/rounds/${encodeURIComponent(roundId)}/ranking`;
  revalidatePath(path);
  const query = new URLSearchParams([...viewQuery(ZRankingView.parse(raw)), ["saved", "weights"]]);
  redirect(`${path}?${query}`);
}
