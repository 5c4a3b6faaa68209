"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ReviewInvalid, saveReviewDraft, submitReview } from "@/lib/assessment/write-review";
import { requireRole } from "@/lib/auth/session";
import { declareConflict } from "@/lib/conflicts/declare-conflict";
import { formStateFromError, stringValues } from "@/lib/forms/domain-error-state";
import { formDataToObject, type FormState } from "@/lib/forms/form-data";
import { choice, id, text, version } from "@/lib/forms/fields";
import { runFormAction } from "@/lib/forms/run-form-action";

const ZReviewPost = z.object({
  bidId: id(),
  version: version(),
  intent: choice(["", "save", "continue"] as const, { message: "Reload the page and try again" }),
});

/** Saves the draft ("Save as draft") or saves it and goes on to check it ("Continue"). */
export async function saveReviewAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole(["ASSESSOR"]);
  const raw = formDataToObject(formData);
  const input = ZReviewPost.safeParse(raw);
  if (!input.success)
    return { formError: "Reload the page and try again", values: stringValues(raw) };
  const { bidId, version, intent } = input.data;
  let saved: Awaited<ReturnType<typeof saveReviewDraft>>;
  try {
    saved = await saveReviewDraft({ actor, bidId, version, raw });
  } catch (error) {
    if (error instanceof ReviewInvalid)
      return { fieldErrors: error.fieldErrors, values: stringValues(raw) };
    return formStateFromError(error, stringValues(raw));
  }
  revalidatePath(`/assessments/${bidId}`);
  if (intent === "continue" && Object.keys(saved.missing ?? {}).length)
    // Saved, but not ready to check: say what is missing, and carry the new version so the
    // next save is not mistaken for one from another window.
    return {
      formError: "Your draft is saved. Finish these before you continue:",
      fieldErrors: saved.missing,
      values: { ...stringValues(raw), version: String(saved.version) },
    };
  redirect(intent === "continue" ? `/assessments/${bidId}/check` : `/assessments/${bidId}?saved=1`);
}

const ZSubmit = z.object({ bidId: id(), version: version({ min: 1 }) });

export async function submitReviewAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole(["ASSESSOR"]);
  const input = ZSubmit.safeParse(formDataToObject(formData));
  if (!input.success) return { formError: "Reload the page and try again" };
  try {
    await submitReview({ actor, ...input.data });
  } catch (error) {
    if (error instanceof ReviewInvalid)
      return { formError: "Your review is not complete: go back and finish it before submitting" };
    return formStateFromError(error);
  }
  revalidatePath("/assessments");
  redirect(`/assessments/${input.data.bidId}?submitted=1`);
}

const ZDeclare = z.object({
  bidId: id(),
  reason: text({
    label: "The reason",
    max: 2000,
    required: "Say what your conflict of interest is",
  }),
});

export async function declareConflictAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction({
    formData,
    roles: ["ASSESSOR"],
    schema: ZDeclare,
    run: async (actor, input) => {
      await declareConflict({ actor, ...input });
      return { revalidate: "/assessments", redirectTo: "/assessments?declared=1" };
    },
  });
}
