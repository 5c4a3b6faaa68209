import type { Metadata } from "next";
import Link from "next/link";
import { CodeForm } from "@/components/accounts/code-form";
import { Caption, PageWidth } from "@/components/layout/page";
import { ActionForm } from "@/components/ui/action-form";
import { InsetText } from "@/components/ui/inset-text";
import { SuccessNotice } from "@/components/ui/notice";
import { SummaryList } from "@/components/ui/summary-list";
import { getSecurityOverview } from "@/lib/auth/manage-second-factor";
import { requireUser } from "@/lib/auth/session";
import { formatUkDateTime } from "@/lib/format/dates";
import {
  regenerateRecoveryCodesAction,
  replaceSecondFactorAction,
  signOutEverywhereAction,
  turnOffSecondFactorAction,
} from "./actions";

export const metadata: Metadata = { title: "Sign-in and security" };

const NOTICES: Record<string, string> = {
  "set-up": "Your authenticator app is set up. You will need a code from it each time you sign in.",
  codes: "You have new recovery codes. The old ones no longer work.",
  off: "Your authenticator app is turned off. You sign in with your password alone.",
};

export default async function SecurityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser({ returnTo: "/me/security" });
  const [params, overview] = await Promise.all([searchParams, getSecurityOverview({ actor })]);
  const notice = typeof params.done === "string" ? NOTICES[params.done] : undefined;
  return (
    <PageWidth>
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}
      <Caption>{actor.name}</Caption>
      <h1>Sign-in and security</h1>
      {params.used === "recovery-code" ? (
        <InsetText>
          You signed in with a recovery code, which now no longer works. You have{" "}
          {overview.recoveryCodesLeft} left.{" "}
          {overview.recoveryCodesLeft < 5 ? "Get new ones below before you run out." : null}
        </InsetText>
      ) : null}

      <h2>Second factor</h2>
      <SummaryList
        rows={[
          {
            key: "Authenticator app",
            value: overview.totpEnabledAt
              ? `Set up on ${formatUkDateTime(overview.totpEnabledAt)}`
              : "Not set up",
          },
          ...(overview.totpEnabledAt
            ? [{ key: "Recovery codes left", value: `${overview.recoveryCodesLeft} of 10` }]
            : []),
          {
            key: "Needed for your account",
            value: overview.required
              ? "Yes: staff roles need a second factor"
              : "No: it is your choice",
          },
        ]}
      />
      {overview.totpEnabledAt ? (
        <>
          <h3>Get new recovery codes</h3>
          <p>
            New codes replace every old one, used or not. To confirm it is you, enter a code from
            your app.
          </p>
          <CodeForm
            action={regenerateRecoveryCodesAction}
            idPrefix="regenerate-"
            label="Code from your app"
            submitLabel="Get new recovery codes"
            variant="secondary"
          />
          <h3>Replace your authenticator app</h3>
          <p>
            A new phone, or a lost one? Enter a code from the app, or a recovery code, then set up
            the new app straight away.
          </p>
          <CodeForm
            action={replaceSecondFactorAction}
            idPrefix="replace-"
            label="Code from your app, or a recovery code"
            submitLabel="Replace the app"
            variant="secondary"
          />
          {!overview.required ? (
            <>
              <h3>Turn off the authenticator app</h3>
              <CodeForm
                action={turnOffSecondFactorAction}
                idPrefix="turn-off-"
                label="Code from your app"
                submitLabel="Turn off the authenticator app"
                variant="warning"
              />
            </>
          ) : null}
        </>
      ) : (
        <p>
          <Link href="/me/security/set-up">Set up an authenticator app</Link> so that a stolen
          password alone cannot open your account.
        </p>
      )}

      <h2>Sessions</h2>
      <p>
        {overview.lastSignInAt
          ? `You last signed in with your password on ${formatUkDateTime(overview.lastSignInAt)}. `
          : null}
        If you signed in on a computer you no longer use, or think someone else has, sign out
        everywhere: every device, this one included, will need to sign in again.
      </p>
      <ActionForm
        action={signOutEverywhereAction}
        fields={{ sessionVersion: String(overview.sessionVersion) }}
        label="Sign out of every device"
        variant="warning"
      />
      <p>
        To change your password, sign out and use &quot;Forgotten your password?&quot; on the
        sign-in page: setting a new one also signs out every device.
      </p>
    </PageWidth>
  );
}
