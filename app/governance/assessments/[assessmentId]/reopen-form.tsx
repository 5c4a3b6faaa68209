"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/forms/form-data";
import { reopenAssessmentAction } from "../../actions";

/** A programme admin reopens a submitted assessment: the reason is required and audited. */
export function ReopenForm({ assessmentId }: { assessmentId: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(
    reopenAssessmentAction,
    {},
  );
  return (
    <>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <form action={formAction} noValidate>
        <input type="hidden" name="assessmentId" value={assessmentId} />
        <Textarea
          id="reason"
          name="reason"
          label="Why is it being reopened?"
          hint="The footprint's board admins are told this, and it is kept in the audit log"
          maxLength={2000}
          rows={4}
          defaultValue={state.values?.reason ?? ""}
          error={state.fieldErrors?.reason}
        />
        <Button variant="warning" disabled={pending}>
          Reopen the assessment
        </Button>
      </form>
    </>
  );
}
