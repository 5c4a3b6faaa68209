import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthenticatorSetUp } from "@/components/accounts/authenticator-set-up";
import { CodeForm } from "@/components/accounts/code-form";
import { Caption, PageWidth } from "@/components/layout/page";
import { newAuthenticatorKey } from "@/lib/auth/authenticator-key";
import { requireUser } from "@/lib/auth/session";
import { setUpMySecondFactorAction } from "../actions";

export const metadata: Metadata = { title: "Set up an authenticator app" };

export default async function SetUpMySecondFactorPage() {
  const actor = await requireUser({ returnTo: "/me/security/set-up" });
  if (actor.hasSecondFactor) redirect("/me/security");
  const key = await newAuthenticatorKey({ accountName: actor.email });
  return (
    <PageWidth>
      <div className="max-w-[640px]">
        <Caption>Sign-in and security</Caption>
        <h1>Set up an authenticator app</h1>
        <p>Once it is set up, you sign in with your password and a code from the app.</p>
        <AuthenticatorSetUp qrSvg={key.qrSvg} groupedKey={key.groupedKey}>
          <CodeForm
            action={setUpMySecondFactorAction}
            fields={{ secret: key.secret }}
            label="Code from the app"
            hint="6 digits"
            submitLabel="Set up the app"
          />
        </AuthenticatorSetUp>
      </div>
    </PageWidth>
  );
}
