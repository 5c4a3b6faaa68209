"use server";

import { encode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authenticate } from "@/lib/auth/authenticate";
import { sessionCookieName, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/options";
import { safeCallbackPath, startPathFor } from "@/lib/auth/start-path";
import { minutesUntil } from "@/lib/auth/throttle-policy";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
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

  const token = await encode({
    token: { sub: result.user.id, email: result.user.email, name: result.user.name },
    secret: env().NEXTAUTH_SECRET ?? "",
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: sessionCookieName().startsWith("__Secure-"),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });

  const grants = await prisma.roleGrant.findMany({
    where: { userId: result.user.id },
    select: { role: true },
  });
  redirect(safeCallbackPath(parsed.data.callbackUrl) ?? startPathFor(grants.map((g) => g.role)));
}
