import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/accounts/set-password-form";
import { PageWidth } from "@/components/layout/page";
import { findPasswordReset } from "@/lib/accounts/find-password-reset";
import { resetPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const reset = await findPasswordReset({ token });
  if (reset.state !== "valid")
    return (
      <PageWidth>
        <h1>{reset.state === "expired" ? "This link has expired" : "This link does not work"}</h1>
        <p>
          {reset.state === "expired"
            ? "A link to choose a new password works for one hour."
            : "It has been used already, or it is not a link the portal sent."}{" "}
          <Link href="/forgotten-password">Ask for a new link</Link>.
        </p>
      </PageWidth>
    );
  return (
    <PageWidth>
      <div className="max-w-[640px]">
        <h1>Choose a new password</h1>
        <p>For {reset.email}. Every other session of the account will be signed out.</p>
        <SetPasswordForm
          action={resetPasswordAction}
          token={token}
          email={reset.email!}
          submitLabel="Save the new password"
        />
      </div>
    </PageWidth>
  );
}
