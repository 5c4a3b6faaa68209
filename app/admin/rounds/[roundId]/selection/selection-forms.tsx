"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { TextInput } from "@/components/ui/text-input";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/forms/form-data";
import { recordDecisionAction, recordProposalAction } from "./actions";

export function RecordProposalForm({
  roundId,
  basis,
  cap,
}: {
  roundId: string;
  basis: string;
  cap: number | null;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(
    recordProposalAction,
    {},
  );
  return (
    <form action={formAction} key={JSON.stringify(state)}>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="basis" value={basis} />
      <input type="hidden" name="cap" value={cap ?? ""} />
      <Textarea
        id="note"
        name="note"
        label="The panel's rationale"
        hint="Recorded on every decision, followed by the reason for that bid: why it was funded, or why it was left out."
        error={state.fieldErrors?.note}
        rows={4}
        maxLength={2000}
        defaultValue={state.values?.note ?? ""}
      />
      <Button disabled={pending}>Record these decisions</Button>
    </form>
  );
}

export function DecisionForm({
  roundId,
  bidId,
  version,
  outcome,
  amount,
  rationale,
}: {
  roundId: string;
  bidId: string;
  version: number;
  outcome: string | null;
  amount: string;
  rationale: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(
    recordDecisionAction,
    {},
  );
  const values = state.values;
  return (
    <form action={formAction} key={JSON.stringify(state)}>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="bidId" value={bidId} />
      <input type="hidden" name="version" value={version} />
      <Choices
        type="radio"
        name="outcome"
        legend="Decision"
        error={state.fieldErrors?.outcome}
        options={[
          { value: "FUNDED", label: "Funded: a pilot site" },
          { value: "DECLINED", label: "Declined" },
        ]}
        checked={[values?.outcome ?? outcome ?? ""]}
      />
      <TextInput
        id="amount"
        name="amount"
        label="Amount awarded, if funded"
        hint="In pounds. It may be less than the bid asked for, never more."
        width={10}
        inputMode="decimal"
        error={state.fieldErrors?.amount}
        defaultValue={values?.amount ?? amount}
      />
      <Textarea
        id="rationale"
        name="rationale"
        label="Rationale"
        error={state.fieldErrors?.rationale}
        rows={5}
        maxLength={4000}
        defaultValue={values?.rationale ?? rationale}
      />
      <Button disabled={pending}>Save the decision</Button>
    </form>
  );
}
