import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageWidth } from "@/components/layout/page";
import { InsetText } from "@/components/ui/inset-text";
import { SuccessNotice } from "@/components/ui/notice";
import { getSessionState } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { safeCallbackPath, startPathFor } from "@/lib/auth/start-path";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl) ?? undefined;
  const state = await getSessionState();
  if (state.actor) redirect(callbackUrl ?? startPathFor(state.actor.roles));
  const notice =
    params.reason === "refused" || state.refused
      ? "Your session has ended because your account can no longer sign in. Contact the programme team if you think this is wrong."
      : params.error
        ? "Sign-in failed. Check your email address and password and try again."
        : undefined;
  const ended =
    params.reason === "ended" || state.ended
      ? "Your session has ended because the password was changed or the account was signed out of every device. Sign in again."
      : undefined;
  const success =
    params.reason === "password-reset"
      ? "Your password has been changed, and every other session has been signed out. Sign in with your new password."
      : params.reason === "signed-out-everywhere"
        ? "You have signed out of every device. Sign in again here when you need to."
        : undefined;
  return (
    <PageWidth>
      <div className="max-w-[640px]">
        {success ? <SuccessNotice>{success}</SuccessNotice> : null}
        {ended ? <InsetText>{ended}</InsetText> : null}
        <h1>Sign in</h1>
        <p>
          Sign in with the email address and password of your account. Accounts are for lay members,
          non-executive directors, councillors, board secretaries and NHS Clinical Commissioners
          staff.
        </p>
        <SignInForm callbackUrl={callbackUrl} notice={notice} />
        <p>
          <Link href="/forgotten-password">Forgotten your password?</Link>
        </p>
        {env().SMTP_URL ? (
          <p>
            <Link href="/sign-in/email-link">Sign in with a link by email instead</Link>
          </p>
        ) : null}
        <p>
          Nobody signs up alone: the programme team, or your board&apos;s admin, invites you by
          email.
        </p>
      </div>
    </PageWidth>
  );
}
