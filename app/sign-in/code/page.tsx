import type { Metadata } from "next";
import Link from "next/link";
import { CodeForm } from "@/components/accounts/code-form";
import { SignInExpired } from "@/components/accounts/sign-in-expired";
import { PageWidth } from "@/components/layout/page";
import { readPendingSignIn } from "@/lib/auth/session-cookie";
import { verifyCodeAction } from "./actions";

export const metadata: Metadata = { title: "Enter the code from your authenticator app" };

export default async function SignInCodePage() {
  const pending = await readPendingSignIn();
  if (!pending || pending.step !== "code") return <SignInExpired />;
  return (
    <PageWidth>
      <div className="max-w-[640px]">
        <h1>Enter the code from your authenticator app</h1>
        <p>
          Your password is right. To finish signing in, open the authenticator app on your phone.
        </p>
        <CodeForm
          action={verifyCodeAction}
          label="Code"
          hint="The 6-digit code the app shows for Non-executive networks. If you have lost your phone, enter one of your recovery codes instead."
          submitLabel="Continue"
        />
        <p>
          <Link href="/sign-in">Sign in as someone else</Link>
        </p>
      </div>
    </PageWidth>
  );
}
