"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { TextInput } from "@/components/ui/text-input";
import type { FormState } from "@/lib/forms/form-data";
import { saveActionAction, updateActionStatusAction } from "../../actions";

export type ActionFormValues = {
  description: string;
  ownerId: string;
  dueOn: string;
  status: string;
};

const STATUS_OPTIONS = [
  { value: "NOT_STARTED", label: "Not started" },
  { value: "IN_PROGRESS", label: "In progress" },
  { value: "DONE", label: "Done" },
];

/** An action's form: what, who owns it, the date it is due by, and how far it has got. */
export function ActionForm({
  assessmentId,
  topic,
  actionId,
  version,
  initial,
  owners,
  maxLength,
}: {
  assessmentId: string;
  topic: string;
  actionId?: string;
  version?: number;
  initial: ActionFormValues;
  owners: { id: string; name: string }[];
  maxLength: number;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(saveActionAction, {});
  const v = (key: keyof ActionFormValues) => state.values?.[key] ?? initial[key];
  const e = state.fieldErrors ?? {};
  return (
    <>
      <ErrorSummary errors={summaryItems(e)} formError={state.formError} />
      <form action={formAction} noValidate key={JSON.stringify(state.values ?? {})}>
        <input type="hidden" name="assessmentId" value={assessmentId} />
        <input type="hidden" name="topic" value={topic} />
        {actionId ? <input type="hidden" name="actionId" value={actionId} /> : null}
        {version ? <input type="hidden" name="version" value={version} /> : null}
        <Textarea
          id="description"
          name="description"
          label="What will be done?"
          labelClassName="text-nhs-19 font-bold"
          maxLength={maxLength}
          rows={4}
          defaultValue={v("description")}
          error={e.description}
        />
        <Select
          id="ownerId"
          name="ownerId"
          label="Who owns it?"
          hint="Someone with an account who answers to the footprint: they are told if it falls overdue"
          defaultValue={v("ownerId")}
          error={e.ownerId}
          options={[
            { value: "", label: "Choose the owner" },
            ...owners.map((owner) => ({ value: owner.id, label: owner.name })),
          ]}
        />
        <TextInput
          id="dueOn"
          name="dueOn"
          type="date"
          label="Due by"
          hint="For example, 2027-03-31"
          width={10}
          defaultValue={v("dueOn")}
          error={e.dueOn}
        />
        <Choices
          type="radio"
          name="status"
          legend="How far has it got?"
          options={STATUS_OPTIONS}
          checked={[v("status") || "NOT_STARTED"]}
          error={e.status}
          inline
        />
        <Button disabled={pending}>{actionId ? "Save the action" : "Add the action"}</Button>
      </form>
    </>
  );
}

/** After submission, only an action's progress changes. */
export function ProgressForm({
  actionId,
  version,
  status,
}: {
  actionId: string;
  version: number;
  status: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(
    updateActionStatusAction,
    {},
  );
  return (
    <>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <form action={formAction} noValidate>
        <input type="hidden" name="actionId" value={actionId} />
        <input type="hidden" name="version" value={version} />
        <Choices
          type="radio"
          name="status"
          legend="How far has it got?"
          options={STATUS_OPTIONS}
          checked={[status]}
          error={state.fieldErrors?.status}
        />
        <Button disabled={pending}>Save the progress</Button>
      </form>
    </>
  );
}
