import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageWidth } from "@/components/layout/page";
import { getSessionState } from "@/lib/auth/session";
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
  return (
    <PageWidth>
      <div className="max-w-[640px]">
        <h1>Sign in</h1>
        <p>
          Sign in with the email address and password of your account. Accounts are for lay members,
          non-executive directors, councillors, board secretaries and NHS Clinical Commissioners
          staff.
        </p>
        <SignInForm callbackUrl={callbackUrl} notice={notice} />
      </div>
    </PageWidth>
  );
}
