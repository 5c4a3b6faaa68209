import type { Metadata } from "next";
import { AuthenticatorSetUp } from "@/components/accounts/authenticator-set-up";
import { CodeForm } from "@/components/accounts/code-form";
import { SignInExpired } from "@/components/accounts/sign-in-expired";
import { PageWidth } from "@/components/layout/page";
import { newAuthenticatorKey } from "@/lib/auth/authenticator-key";
import { readPendingSignIn } from "@/lib/auth/session-cookie";
import { findSignInUser } from "@/lib/auth/find-sign-in-user";
import { setUpAtSignInAction } from "./actions";

export const metadata: Metadata = { title: "Set up your authenticator app" };

export default async function SetUpAtSignInPage() {
  const pending = await readPendingSignIn();
  if (!pending || pending.step !== "set-up") return <SignInExpired />;
  const user = await findSignInUser({ userId: pending.userId });
  if (!user) return <SignInExpired />;
  const key = await newAuthenticatorKey({ accountName: user.email });
  return (
    <PageWidth>
      <div className="max-w-[640px]">
        <h1>Set up your authenticator app</h1>
        <p>
          Your account is for staff work, so it needs a second factor: a code from an app on your
          phone each time you sign in, as well as your password. This takes a minute, once.
        </p>
        <AuthenticatorSetUp qrSvg={key.qrSvg} groupedKey={key.groupedKey}>
          <CodeForm
            action={setUpAtSignInAction}
            fields={{ secret: key.secret }}
            label="Code from the app"
            hint="6 digits"
            submitLabel="Continue"
          />
        </AuthenticatorSetUp>
      </div>
    </PageWidth>
  );
}
