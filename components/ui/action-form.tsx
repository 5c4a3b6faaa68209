"use client";

import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/lib/forms/form-data";
import { Button, type ButtonVariant } from "./button";

/**
 * A one-button form posting to a server action (join, leave, approve, decline). Works as a plain
 * form without JavaScript; with it, a refusal is shown beside the button.
 */
export function ActionForm({
  action,
  fields = {},
  label,
  variant = "primary",
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields?: Record<string, string>;
  label: ReactNode;
  variant?: ButtonVariant;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} className="inline-block mr-nhs-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {state.formError ? (
        <p role="alert" className="font-bold text-nhs-error">
          <span className="sr-only">Error: </span>
          {state.formError}
        </p>
      ) : null}
      <Button variant={variant} disabled={pending}>
        {label}
      </Button>
    </form>
  );
}
