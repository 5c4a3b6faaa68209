"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { landingPath } from "@/lib/auth/complete-sign-in";
import { secondFactorRefusal } from "@/lib/auth/manage-second-factor";
import { requestClientAddress } from "@/lib/auth/request-address";
import { issueSessionCookie, readPendingSignIn } from "@/lib/auth/session-cookie";
import { verifySecondFactor } from "@/lib/auth/verify-second-factor";
import { findSignInUser } from "@/lib/auth/find-sign-in-user";
import { formStateFromError } from "@/lib/forms/domain-error-state";
import { oneTimeCode } from "@/lib/forms/fields";
import { fieldErrorsFrom, formDataToObject, type FormState } from "@/lib/forms/form-data";

const ZCode = z.object({ code: oneTimeCode() });

/** The second step of signing in: a code from the app, or a recovery code. */
export async function verifyCodeAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const pending = await readPendingSignIn();
  if (!pending || pending.step !== "code")
    return { formError: "This sign-in has expired. Sign in again." };
  const input = ZCode.safeParse(formDataToObject(formData));
  if (!input.success) return { fieldErrors: fieldErrorsFrom(input.error.issues) };

  const requestHeaders = await headers();
  const result = await verifySecondFactor({
    userId: pending.userId,
    sessionVersion: pending.sessionVersion,
    code: input.data.code,
    address: requestClientAddress((name) => requestHeaders.get(name)),
  });
  if (!result.ok) return formStateFromError(secondFactorRefusal(result));

  const user = await findSignInUser({ userId: pending.userId });
  if (!user) return { formError: "This sign-in has expired. Sign in again." };
  await issueSessionCookie({ user });
  // A recovery code spent: the security page says how many are left and offers new ones.
  redirect(
    result.method === "recovery-code"
      ? "/me/security?used=recovery-code"
      : await landingPath({ userId: user.id, callbackUrl: pending.callbackUrl }),
  );
}
