"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { TextInput } from "@/components/ui/text-input";
import type { FormState } from "@/lib/forms/form-data";
import { saveBudgetAction } from "../../actions";

const BLANK_ROWS = 3;

/** The amount requested and its budget lines; three blank rows take new lines, without JavaScript. */
export function BudgetForm({
  bidId,
  version,
  amount,
  lines,
}: {
  bidId: string;
  version: number;
  amount: string;
  lines: { description: string; amount: string }[];
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(saveBudgetAction, {});
  const values = state.values;
  const rows = values
    ? Object.keys(values)
        .filter((k) => k.startsWith("description-"))
        .map((k) => k.slice("description-".length))
    : [
        ...lines.map((_, i) => String(i)),
        ...Array.from({ length: BLANK_ROWS }, (_, i) => String(lines.length + i)),
      ];
  return (
    <>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <h1>Funding and budget</h1>
      <p>
        Enter the amount you are asking for and what it pays for. When you submit, the budget lines
        must add up to the amount requested. Leave a row blank to remove it.
      </p>
      <form action={formAction} noValidate key={JSON.stringify(values ?? {})}>
        <input type="hidden" name="bidId" value={bidId} />
        <input type="hidden" name="version" value={version} />
        <TextInput
          id="amount"
          name="amount"
          label="Amount requested, in pounds"
          hint="For example, 50000"
          inputMode="decimal"
          width={10}
          defaultValue={values?.amount ?? amount}
          error={state.fieldErrors?.amount}
        />
        {rows.map((i, index) => (
          <fieldset key={i} className="mb-nhs-4 border-0 border-t border-nhs-border p-0 pt-nhs-3">
            <legend className="font-bold">Budget line {index + 1}</legend>
            <TextInput
              id={`description-${i}`}
              name={`description-${i}`}
              label="What it pays for"
              defaultValue={values?.[`description-${i}`] ?? lines[Number(i)]?.description ?? ""}
              error={state.fieldErrors?.[`description-${i}`]}
            />
            <TextInput
              id={`amount-${i}`}
              name={`amount-${i}`}
              label="Amount, in pounds"
              inputMode="decimal"
              width={10}
              defaultValue={values?.[`amount-${i}`] ?? lines[Number(i)]?.amount ?? ""}
              error={state.fieldErrors?.[`amount-${i}`]}
            />
          </fieldset>
        ))}
        <Button disabled={pending}>Save and return to the bid</Button>
      </form>
    </>
  );
}
