"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requestSignInLink } from "@/lib/auth/email-link";
import { env } from "@/lib/env";
import { emailAddress } from "@/lib/forms/fields";
import { fieldErrorsFrom, formDataToObject, type FormState } from "@/lib/forms/form-data";

const ZRequestLink = z.object({
  email: emailAddress({ label: "Email address", required: "Enter your email address" }),
});

export async function requestSignInLinkAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  if (!env().SMTP_URL) return { formError: "Sign-in by email link is not available here." };
  const raw = formDataToObject(formData);
  const input = ZRequestLink.safeParse(raw);
  if (!input.success)
    return {
      fieldErrors: fieldErrorsFrom(input.error.issues),
      values: { email: typeof raw.email === "string" ? raw.email : "" },
    };
  await requestSignInLink({ email: input.data.email });
  // The same answer whether or not the address has an account.
  redirect("/sign-in/email-link?sent=1");
}
