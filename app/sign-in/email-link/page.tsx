import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmailForm } from "@/components/accounts/email-form";
import { PageWidth } from "@/components/layout/page";
import { env } from "@/lib/env";
import { requestSignInLinkAction } from "./actions";

export const metadata: Metadata = { title: "Sign in with a link by email" };

export default async function EmailLinkPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Only where there is a relay to send the link (DESIGN.md, "Accounts").
  if (!env().SMTP_URL) notFound();
  const { sent } = await searchParams;
  return (
    <PageWidth>
      <div className="max-w-[640px]">
        {sent ? (
          <>
            <h1>Check your email</h1>
            <p>
              If the address has an account here, we have sent it a link to sign in. The link works
              once, for 15 minutes.
            </p>
            <p>
              Nothing there? Check your spam folder, or{" "}
              <Link href="/sign-in">sign in with your password</Link>.
            </p>
          </>
        ) : (
          <>
            <h1>Sign in with a link by email</h1>
            <p>
              We will email you a link that signs you in, instead of your password. If your account
              has an authenticator app, you will still need a code from it.
            </p>
            <EmailForm action={requestSignInLinkAction} submitLabel="Email me a link" />
            <p>
              <Link href="/sign-in">Sign in with your password instead</Link>
            </p>
          </>
        )}
      </div>
    </PageWidth>
  );
}
