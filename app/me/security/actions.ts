"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  regenerateRecoveryCodes,
  signOutEverywhere,
  turnOffSecondFactor,
} from "@/lib/auth/manage-second-factor";
import { requestClientAddress } from "@/lib/auth/request-address";
import { requireUser } from "@/lib/auth/session";
import {
  clearRecoveryCodesToShow,
  readRecoveryCodesToShow,
  setRecoveryCodesToShow,
} from "@/lib/auth/session-cookie";
import { setUpSecondFactor } from "@/lib/auth/set-up-second-factor";
import { formStateFromError } from "@/lib/forms/domain-error-state";
import { oneTimeCode, text, version } from "@/lib/forms/fields";
import { fieldErrorsFrom, formDataToObject, type FormState } from "@/lib/forms/form-data";

const ZCode = z.object({ code: oneTimeCode() });
const ZSignOutEverywhere = z.object({ sessionVersion: version({ min: 1 }) });
const ZSetUp = z.object({
  secret: text({ label: "Set-up key", max: 64, required: "Reload the page and try again" }),
  code: oneTimeCode({ required: "Enter the 6-digit code the app shows" }),
});

async function address() {
  const requestHeaders = await headers();
  return requestClientAddress((name) => requestHeaders.get(name));
}

export async function regenerateRecoveryCodesAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser({ returnTo: "/me/security" });
  const input = ZCode.safeParse(formDataToObject(formData));
  if (!input.success) return { fieldErrors: fieldErrorsFrom(input.error.issues) };
  let codes: string[];
  try {
    ({ recoveryCodes: codes } = await regenerateRecoveryCodes({
      actor,
      code: input.data.code,
      address: await address(),
    }));
  } catch (error) {
    return formStateFromError(error);
  }
  await setRecoveryCodesToShow({ userId: actor.id, codes, next: "/me/security?done=codes" });
  redirect("/me/security/recovery-codes");
}

export async function setUpMySecondFactorAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser({ returnTo: "/me/security/set-up" });
  const input = ZSetUp.safeParse(formDataToObject(formData));
  if (!input.success) return { fieldErrors: fieldErrorsFrom(input.error.issues) };
  let codes: string[];
  try {
    ({ recoveryCodes: codes } = await setUpSecondFactor({ userId: actor.id, ...input.data }));
  } catch (error) {
    return formStateFromError(error);
  }
  await setRecoveryCodesToShow({ userId: actor.id, codes, next: "/me/security?done=set-up" });
  redirect("/me/security/recovery-codes");
}

export async function turnOffSecondFactorAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser({ returnTo: "/me/security" });
  const input = ZCode.safeParse(formDataToObject(formData));
  if (!input.success) return { fieldErrors: fieldErrorsFrom(input.error.issues) };
  try {
    await turnOffSecondFactor({ actor, code: input.data.code, address: await address() });
  } catch (error) {
    return formStateFromError(error);
  }
  redirect("/me/security?done=off");
}

export async function replaceSecondFactorAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser({ returnTo: "/me/security" });
  const input = ZCode.safeParse(formDataToObject(formData));
  if (!input.success) return { fieldErrors: fieldErrorsFrom(input.error.issues) };
  try {
    await turnOffSecondFactor({
      actor,
      code: input.data.code,
      address: await address(),
      replacing: true,
    });
  } catch (error) {
    return formStateFromError(error);
  }
  redirect("/me/security/set-up");
}

export async function signOutEverywhereAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireUser({ returnTo: "/me/security" });
  const input = ZSignOutEverywhere.safeParse(formDataToObject(formData));
  if (!input.success)
    return {
      fieldErrors: fieldErrorsFrom(input.error.issues),
      formError: "Reload the page and try again",
    };
  try {
    await signOutEverywhere({ actor, sessionVersion: input.data.sessionVersion });
  } catch (error) {
    return formStateFromError(error);
  }
  redirect("/sign-in?reason=signed-out-everywhere");
}

/** "I have saved my codes": the one-time view of them closes. */
export async function doneWithRecoveryCodesAction(): Promise<void> {
  const actor = await requireUser({ returnTo: "/me/security" });
  const shown = await readRecoveryCodesToShow({ userId: actor.id });
  await clearRecoveryCodesToShow();
  redirect(shown?.next ?? "/me/security");
}
