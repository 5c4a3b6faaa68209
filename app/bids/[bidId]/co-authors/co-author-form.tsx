"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { TextInput } from "@/components/ui/text-input";
import type { FormState } from "@/lib/forms/form-data";
import { addCoAuthorAction } from "../../actions";

export function CoAuthorForm({ bidId, footprintName }: { bidId: string; footprintName: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(addCoAuthorAction, {});
  return (
    <section aria-labelledby="add-heading">
      <h2 id="add-heading">Add a co-author</h2>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <form action={formAction} noValidate>
        <input type="hidden" name="bidId" value={bidId} />
        <TextInput
          id="email"
          name="email"
          type="email"
          label="Their email address"
          hint={`The address they sign in with. They must hold a current appointment in ${footprintName}.`}
          spellCheck={false}
          width={20}
          defaultValue={state.values?.email ?? ""}
          error={state.fieldErrors?.email}
        />
        <Button disabled={pending}>Add co-author</Button>
      </form>
    </section>
  );
}
