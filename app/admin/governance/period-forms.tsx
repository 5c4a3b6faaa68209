"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { TextInput } from "@/components/ui/text-input";
import type { FormState } from "@/lib/forms/form-data";
import { openPeriodAction, updatePeriodAction } from "@/app/governance/actions";

/** Opens a period, or changes the open one: its name and its deadline in UK time. */
export function PeriodForm({
  periodId,
  version,
  name,
  closesAt,
}: {
  periodId?: string;
  version?: number;
  name: string;
  closesAt: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(
    periodId ? updatePeriodAction : openPeriodAction,
    {},
  );
  const e = state.fieldErrors ?? {};
  return (
    <>
      <ErrorSummary errors={summaryItems(e)} formError={state.formError} />
      <form action={formAction} noValidate key={JSON.stringify(state.values ?? {})}>
        {periodId ? <input type="hidden" name="periodId" value={periodId} /> : null}
        {version ? <input type="hidden" name="version" value={version} /> : null}
        <TextInput
          id="name"
          name="name"
          label="Name"
          hint="For example, 2026/27 autumn"
          width={20}
          defaultValue={state.values?.name ?? name}
          error={e.name}
        />
        <TextInput
          id="closesAt"
          name="closesAt"
          type="datetime-local"
          label="Deadline (UK time)"
          hint="GMT in winter, BST in summer: enter the time as it will be shown on UK clocks"
          width={20}
          defaultValue={state.values?.closesAt ?? closesAt}
          error={e.closesAt}
        />
        <Button disabled={pending}>{periodId ? "Save the period" : "Open the period"}</Button>
      </form>
    </>
  );
}
