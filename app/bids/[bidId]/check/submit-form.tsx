"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Checkboxes } from "@/components/ui/checkboxes";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { SubmissionProblem } from "@/lib/bids/bid-rules";
import type { FormState } from "@/lib/forms/form-data";
import { submitBidAction } from "../../actions";

/** The declaration and "Confirm and submit". The server decides; a second click submits nothing. */
export function SubmitForm({
  bidId,
  deadline,
  problems,
}: {
  bidId: string;
  deadline: string;
  problems: SubmissionProblem[];
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(submitBidAction, {});
  const errors = Object.entries(state.fieldErrors ?? {}).map(([field, message]) => ({
    href:
      field === "declaration"
        ? "#declaration"
        : (problems.find((p) => p.field === field)?.href ?? `#${field}`),
    message,
  }));
  return (
    <>
      <ErrorSummary errors={errors} formError={state.formError} />
      {problems.length ? (
        <section aria-labelledby="unfinished-heading">
          <h2 id="unfinished-heading">Before you can submit</h2>
          <ul className="list-disc pl-nhs-4">
            {problems
              .filter((p) => p.field !== "declaration")
              .map((p) => (
                <li key={p.field}>
                  <Link href={p.href}>{p.message}</Link>
                </li>
              ))}
          </ul>
        </section>
      ) : null}
      <h2>Now send your bid</h2>
      <p>
        The deadline is <strong>{deadline}</strong>. Once submitted, the bid can no longer be
        changed, but the lead can withdraw it until the deadline.
      </p>
      <form action={formAction} noValidate>
        <input type="hidden" name="bidId" value={bidId} />
        <Checkboxes
          id="declaration"
          name="declaration"
          legend="Declaration"
          legendClassName="text-nhs-19 font-bold"
          error={state.fieldErrors?.declaration}
          items={[
            {
              value: "yes",
              label:
                "I confirm that the information in this bid is correct to the best of my knowledge, and that the footprint's partners have agreed to it being submitted.",
            },
          ]}
        />
        <Button disabled={pending}>Confirm and submit</Button>
      </form>
    </>
  );
}
