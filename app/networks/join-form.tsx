"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/forms/form-data";
import { requestToJoinAction } from "./actions";

/** "Ask to join", with an optional message to the board admin. */
export function JoinForm({ networkId }: { networkId: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(requestToJoinAction, {});
  return (
    <>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <form action={formAction} noValidate>
        <input type="hidden" name="networkId" value={networkId} />
        <Textarea
          id="message"
          name="message"
          label="Message to the board admin (optional)"
          hint="For example, your appointment and what you would bring."
          rows={3}
          defaultValue={state.values?.message ?? ""}
          error={state.fieldErrors?.message}
        />
        <Button disabled={pending}>Ask to join</Button>
      </form>
    </>
  );
}
