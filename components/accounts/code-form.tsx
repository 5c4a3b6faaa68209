"use client";

import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { TextInput } from "@/components/ui/text-input";
import type { FormState } from "@/lib/forms/form-data";

/**
 * One code field and a button (second-factor sign-in, set-up, confirming a change): posts to a
 * server action, so it works without JavaScript. The code is never sent back into the field.
 */
export function CodeForm({
  action,
  fields = {},
  label = "Code",
  hint,
  submitLabel,
  variant = "primary",
  idPrefix = "",
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields?: Record<string, string>;
  label?: ReactNode;
  hint?: ReactNode;
  submitLabel: string;
  variant?: "primary" | "secondary" | "warning";
  /** Distinguishes the field when a page has several of these forms. */
  idPrefix?: string;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const id = `${idPrefix}code`;
  const errors = state.fieldErrors
    ? Object.fromEntries(
        Object.entries(state.fieldErrors).map(([k, v]) => [k === "code" ? id : k, v]),
      )
    : undefined;
  return (
    <>
      <ErrorSummary errors={summaryItems(errors)} formError={state.formError} />
      <form action={formAction} noValidate>
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children}
        <TextInput
          id={id}
          name="code"
          label={label}
          hint={hint}
          error={state.fieldErrors?.code}
          inputMode="text"
          autoComplete="one-time-code"
          spellCheck={false}
          autoCapitalize="none"
          width={10}
        />
        <Button variant={variant} disabled={pending}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
