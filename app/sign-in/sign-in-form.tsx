"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { TextInput } from "@/components/ui/text-input";
import type { FormState } from "@/lib/forms/form-data";
import { signInAction } from "./actions";

/** Posts to a server action, so it works before (or without) JavaScript as a plain form. */
export function SignInForm({ callbackUrl, notice }: { callbackUrl?: string; notice?: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(signInAction, {});
  return (
    <>
      <ErrorSummary
        errors={summaryItems(state.fieldErrors)}
        formError={state.formError ?? notice}
      />
      <form action={formAction} noValidate>
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <TextInput
          id="email"
          name="email"
          type="email"
          label="Email address"
          autoComplete="username"
          spellCheck={false}
          defaultValue={state.values?.email ?? ""}
          error={state.fieldErrors?.email}
          width={20}
        />
        <TextInput
          id="password"
          name="password"
          type="password"
          label="Password"
          autoComplete="current-password"
          error={state.fieldErrors?.password}
          width={20}
        />
        <Button disabled={pending}>Sign in</Button>
      </form>
    </>
  );
}
