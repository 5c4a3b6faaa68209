"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { FormState } from "@/lib/forms/form-data";
import { submitAssessmentAction } from "../../../actions";

/** "Submit the assessment": a second click lands on the submitted assessment, never a second submission. */
export function SubmitForm({
  assessmentId,
  topicHrefs,
}: {
  assessmentId: string;
  /** Where each problem's link goes: the field key → the topic's page. */
  topicHrefs: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(
    submitAssessmentAction,
    {},
  );
  return (
    <>
      <ErrorSummary
        errors={Object.entries(state.fieldErrors ?? {}).map(([field, message]) => ({
          href: topicHrefs[field] ?? "#",
          message,
        }))}
        formError={state.formError}
      />
      <form action={formAction}>
        <input type="hidden" name="assessmentId" value={assessmentId} />
        <Button disabled={pending}>Submit the assessment</Button>
      </form>
    </>
  );
}
