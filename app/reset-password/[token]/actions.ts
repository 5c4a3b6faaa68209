"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { resetPassword } from "@/lib/accounts/reset-password";
import { formStateFromError } from "@/lib/forms/domain-error-state";
import { password, text } from "@/lib/forms/fields";
import { fieldErrorsFrom, formDataToObject, type FormState } from "@/lib/forms/form-data";

const ZResetPassword = z.object({
  token: text({ label: "Link", max: 100, required: "Open the link from your email again" }),
  password: password({ label: "Password", required: "Choose a password" }),
});

export async function resetPasswordAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const input = ZResetPassword.safeParse(formDataToObject(formData));
  if (!input.success) return { fieldErrors: fieldErrorsFrom(input.error.issues) };
  try {
    await resetPassword(input.data);
  } catch (error) {
    return formStateFromError(error);
  }
  redirect("/sign-in?reason=password-reset");
}
