import type { Metadata } from "next";
import Link from "next/link";
import { EmailForm } from "@/components/accounts/email-form";
import { PageWidth } from "@/components/layout/page";
import { forgottenPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Forgotten your password?" };

export default async function ForgottenPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { sent } = await searchParams;
  return (
    <PageWidth>
      <div className="max-w-[640px]">
        {sent ? (
          <>
            <h1>Check your email</h1>
            <p>
              If the address has an account here, we have sent it a link to choose a new password.
              The link works once, for one hour.
            </p>
            <p>
              Nothing there after a few minutes? Check your spam folder, or{" "}
              <Link href="/forgotten-password">ask again</Link>.
            </p>
          </>
        ) : (
          <>
            <h1>Forgotten your password?</h1>
            <p>
              Enter the email address of your account and we will email you a link to choose a new
              one. Choosing one signs you out everywhere else.
            </p>
            <EmailForm action={forgottenPasswordAction} submitLabel="Send me a link" />
            <p>
              <Link href="/sign-in">Back to sign in</Link>
            </p>
          </>
        )}
      </div>
    </PageWidth>
  );
}
