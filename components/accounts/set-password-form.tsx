"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Checkboxes } from "@/components/ui/checkboxes";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { TextInput } from "@/components/ui/text-input";
import type { FormState } from "@/lib/forms/form-data";

/**
 * Choose a password (from an invitation or a reset link), with the privacy notice to accept when
 * the account is new. Posts to a server action, so it works without JavaScript; the password is
 * never sent back into the field.
 */
export function SetPasswordForm({
  action,
  token,
  email,
  askPrivacyNotice = false,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  token: string;
  /** The account's address, for password managers to file the new password under. */
  email: string;
  askPrivacyNotice?: boolean;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <form action={formAction} noValidate>
        <input type="hidden" name="token" value={token} />
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={email}
          readOnly
          hidden
          aria-hidden="true"
        />
        <TextInput
          id="password"
          name="password"
          type="password"
          label="Choose a password"
          hint="At least 12 characters, and not one that is easy to guess: a few unrelated words together work well."
          autoComplete="new-password"
          error={state.fieldErrors?.password}
          width={20}
        />
        {askPrivacyNotice ? (
          <Checkboxes
            id="privacyAccepted"
            name="privacyAccepted"
            legend="Privacy notice"
            legendClassName="text-nhs-19 font-bold"
            hint={
              <>
                The <Link href="/privacy">privacy notice</Link> says what the portal keeps about
                you, who sees it and for how long.
              </>
            }
            error={state.fieldErrors?.privacyAccepted}
            items={[{ value: "yes", label: "I have read and accept the privacy notice" }]}
          />
        ) : null}
        <Button disabled={pending}>{submitLabel}</Button>
      </form>
    </>
  );
}
