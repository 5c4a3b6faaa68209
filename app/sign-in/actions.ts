"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authenticate } from "@/lib/auth/authenticate";
import { completeSignIn } from "@/lib/auth/complete-sign-in";
import { minutesUntil } from "@/lib/auth/throttle-policy";
import { requestClientAddress } from "@/lib/auth/request-address";
import { text } from "@/lib/forms/fields";
import { fieldErrorsFrom, formDataToObject, type FormState } from "@/lib/forms/form-data";

const ZSignIn = z.object({
  email: text({
    label: "Email address",
    max: 320,
    required: "Enter your email address",
  }).pipe(
    z.email({ error: "Enter an email address in the correct format, like name@example.org" }),
  ),
  password: text({
    label: "Password",
    max: 200,
    required: "Enter your password",
    trim: false,
  }),
  // A return address is never refused, only ignored when it is not a path on this site.
  callbackUrl: z.unknown().optional(),
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
