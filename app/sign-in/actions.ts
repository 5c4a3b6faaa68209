"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authenticate } from "@/lib/auth/authenticate";
import { completeSignIn } from "@/lib/auth/complete-sign-in";
import { minutesUntil } from "@/lib/auth/throttle-policy";
import { requestClientAddress } from "@/lib/auth/request-address";
import { fieldErrorsFrom, formDataToObject, type FormState } from "@/lib/forms/form-data";

const ZSignIn = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: "Enter your email address" })
    .max(320, { error: "Email address must be 320 characters or fewer" })
    .pipe(
      z.email({ error: "Enter an email address in the correct format, like name@example.org" }),
    ),
  password: z
    .string()
    .min(1, { error: "Enter your password" })
    .max(200, { error: "Password must be 200 characters or fewer" }),
  callbackUrl: z.string().optional(),
});

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const parsed = ZSignIn.safeParse(raw);
  const values = { email: typeof raw.email === "string" ? raw.email : "" };
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values };

  const requestHeaders = await headers();
  const result = await authenticate({
    email: parsed.data.email,
    password: parsed.data.password,
    address: requestClientAddress((name) => requestHeaders.get(name)),
  });
  if (!result.ok) {
    switch (result.reason) {
      case "locked": {
        const minutes = minutesUntil({ retryAt: result.retryAt, now: new Date() });
        return {
          formError: `Too many failed sign-in attempts. For your security, sign-in is paused: try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
          values,
        };
      }
      case "disabled":
        return {
          formError:
            "This account has been disabled. Contact the programme team if you think this is wrong.",
          values,
        };
      default:
        return {
          fieldErrors: {
            email: "The email address or password is not right. Check them and try again.",
          },
          values,
        };
    }
  }

  // The session itself, or first the second factor (entered, or set up by staff who have none).
  redirect(await completeSignIn({ userId: result.user.id, callbackUrl: parsed.data.callbackUrl }));
}
