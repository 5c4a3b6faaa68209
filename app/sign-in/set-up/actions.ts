"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { landingPath } from "@/lib/auth/complete-sign-in";
import {
  issueSessionCookie,
  readPendingSignIn,
  setRecoveryCodesToShow,
} from "@/lib/auth/session-cookie";
import { setUpSecondFactor } from "@/lib/auth/set-up-second-factor";
import { findSignInUser } from "@/lib/auth/find-sign-in-user";
import { formStateFromError } from "@/lib/forms/domain-error-state";
import { oneTimeCode, text } from "@/lib/forms/fields";
import { fieldErrorsFrom, formDataToObject, type FormState } from "@/lib/forms/form-data";

const ZSetUp = z.object({
  secret: text({ label: "Set-up key", max: 64, required: "Reload the page and try again" }),
  code: oneTimeCode({ required: "Enter the 6-digit code the app shows" }),
});

/**
 * Staff signing in without a second factor set one up first: the first code proves the app has
 * the key; then the session starts and the recovery codes are shown once.
 */
export async function setUpAtSignInAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const pending = await readPendingSignIn();
  if (!pending || pending.step !== "set-up")
    return { formError: "This sign-in has expired. Sign in again." };
  const input = ZSetUp.safeParse(formDataToObject(formData));
  if (!input.success) return { fieldErrors: fieldErrorsFrom(input.error.issues) };
  let codes: string[];
  try {
    ({ recoveryCodes: codes } = await setUpSecondFactor({ userId: pending.userId, ...input.data }));
  } catch (error) {
    return formStateFromError(error);
  }
  const user = await findSignInUser({ userId: pending.userId });
  if (!user) return { formError: "This sign-in has expired. Sign in again." };
  if (user.sessionVersion !== pending.sessionVersion)
    return { formError: "This sign-in has expired. Sign in again." };
  await issueSessionCookie({ user });
  await setRecoveryCodesToShow({
    userId: user.id,
    codes,
    next: await landingPath({ userId: user.id, callbackUrl: pending.callbackUrl }),
  });
  redirect("/me/security/recovery-codes");
}
