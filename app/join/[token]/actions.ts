"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { acceptInvitation } from "@/lib/accounts/accept-invitation";
import { completeSignIn } from "@/lib/auth/complete-sign-in";
import { formStateFromError } from "@/lib/forms/domain-error-state";
import { checkbox, password, text } from "@/lib/forms/fields";
import { fieldErrorsFrom, formDataToObject, type FormState } from "@/lib/forms/form-data";

const ZAccept = z.object({
  token: text({ label: "Link", max: 100, required: "Open the link from your email again" }),
  password: password({ label: "Password", required: "Choose a password" }),
  privacyAccepted: checkbox(),
});

/** Accepting an invitation opens the account and signs its holder in (staff: via set-up of the app). */
export async function acceptInvitationAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const input = ZAccept.safeParse(formDataToObject(formData));
  if (!input.success) return { fieldErrors: fieldErrorsFrom(input.error.issues) };
  let userId: string;
  try {
    ({ userId } = await acceptInvitation(input.data));
  } catch (error) {
    return formStateFromError(error);
  }
  redirect(await completeSignIn({ userId }));
}
