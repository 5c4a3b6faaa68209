"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/forms/form-data";
import { declareConflictAction } from "./actions";

/** Declaring a conflict takes the assessor off the bid and tells the programme team. */
export function ConflictForm({ bidId }: { bidId: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(
    declareConflictAction,
    {},
  );
  return (
    <details className="mb-nhs-6" open={Boolean(state.fieldErrors || state.formError)}>
      <summary className="cursor-pointer text-nhs-19 text-nhs-blue underline">
        I have a conflict of interest with this bid
      </summary>
      <div className="mt-nhs-4 border-l-4 border-nhs-border pl-nhs-4">
        <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
        <p>
          You will come off this bid at once and no longer see it or its reviews. The programme team
          will be told, so they can assign someone else.
        </p>
        <form action={formAction}>
          <input type="hidden" name="bidId" value={bidId} />
          <Textarea
            id="reason"
            name="reason"
            label="What is the conflict?"
            hint="For example, a role you hold or held at one of its organisations, or a close relationship with someone leading it."
            error={state.fieldErrors?.reason}
            maxLength={2000}
            rows={4}
            defaultValue={state.values?.reason ?? ""}
          />
          <Button variant="warning" disabled={pending}>
            Declare a conflict of interest
          </Button>
        </form>
      </div>
    </details>
  );
}
