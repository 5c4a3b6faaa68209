import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/accounts/set-password-form";
import { PageWidth } from "@/components/layout/page";
import { findInvitationByToken } from "@/lib/accounts/find-invitation";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Accept your invitation" };

const REFUSALS = {
  accepted: {
    title: "This invitation has been accepted",
    body: "Its account is open: sign in with the password chosen then.",
  },
  revoked: {
    title: "This invitation has been withdrawn",
    body: "Ask the person who invited you if you think this is wrong.",
  },
  expired: {
    title: "This invitation has expired",
    body: "An invitation link works for 7 days. Ask the person who invited you to send it again.",
  },
  unknown: {
    title: "This link does not work",
    body: "It may have been replaced by a newer invitation: use the link in the latest email.",
  },
} as const;

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitationByToken({ token });
  if (invitation.state !== "valid") {
    const refusal = REFUSALS[invitation.state];
    return (
      <PageWidth>
        <h1>{refusal.title}</h1>
        <p>{refusal.body}</p>
        <p>
          <Link href="/sign-in">Sign in</Link>
        </p>
      </PageWidth>
    );
  }
  return (
    <PageWidth>
      <div className="max-w-[640px]">
        <h1>Accept your invitation</h1>
        <p>
          Welcome, {invitation.name}. Choose a password for your account, which signs in as{" "}
          <strong>{invitation.email}</strong>.
        </p>
        <SetPasswordForm
          action={acceptInvitationAction}
          token={token}
          email={invitation.email!}
          askPrivacyNotice
          submitLabel="Open my account"
        />
      </div>
    </PageWidth>
  );
}
