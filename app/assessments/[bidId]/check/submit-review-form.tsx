"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { FormState } from "@/lib/forms/form-data";
import { submitReviewAction } from "../actions";

export function SubmitReviewForm({ bidId, version }: { bidId: string; version: number }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(submitReviewAction, {});
  return (
    <>
      <ErrorSummary errors={[]} formError={state.formError} />
      <form action={formAction}>
        <input type="hidden" name="bidId" value={bidId} />
        <input type="hidden" name="version" value={version} />
        <Button disabled={pending}>Submit your review</Button>
      </form>
    </>
  );
}
