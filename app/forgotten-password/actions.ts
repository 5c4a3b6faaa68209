"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { emailAddress } from "@/lib/forms/fields";
import { fieldErrorsFrom, formDataToObject, type FormState } from "@/lib/forms/form-data";

const ZForgotten = z.object({
  email: emailAddress({ label: "Email address", required: "Enter your email address" }),
});

export async function forgottenPasswordAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const raw = formDataToObject(formData);
  const input = ZForgotten.safeParse(raw);
  if (!input.success)
    return {
      fieldErrors: fieldErrorsFrom(input.error.issues),
      values: { email: typeof raw.email === "string" ? raw.email : "" },
    };
  await requestPasswordReset({ email: input.data.email });
  // The same page whether or not the address has an account.
  redirect("/forgotten-password?sent=1");
}
