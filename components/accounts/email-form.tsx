"use client";

import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { TextInput } from "@/components/ui/text-input";
import type { FormState } from "@/lib/forms/form-data";

/** One email address field and a button ("Send me a link"), posting to a server action. */
export function EmailForm({
  action,
  submitLabel,
  hint,
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  hint?: ReactNode;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <form action={formAction} noValidate>
        {children}
        <TextInput
          id="email"
          name="email"
          type="email"
          label="Email address"
          hint={hint}
          autoComplete="username"
          spellCheck={false}
          defaultValue={state.values?.email ?? ""}
          error={state.fieldErrors?.email}
          width={20}
        />
        <Button disabled={pending}>{submitLabel}</Button>
      </form>
    </>
  );
}
