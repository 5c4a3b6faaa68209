"use client";

import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/forms/form-data";
import {
  assignAction,
  autoAssignAction,
  recordConflictAction,
  reopenAction,
  unassignAction,
} from "./actions";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Error summary items for a form whose field ids carry a prefix (several forms share a page). */
function errorItems(state: FormState, prefix: string) {
  return Object.entries(state.fieldErrors ?? {}).map(([field, message]) => ({
    href: `#${prefix}${field}`,
    message,
  }));
}

function useForm(action: Action) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const key = JSON.stringify([state.values, state.fieldErrors, state.formError]);
  return { state, formAction, pending, key };
}

function HiddenFields({ fields }: { fields: Record<string, string> }) {
  return Object.entries(fields).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
}

function AssessorSelect({
  prefix,
  state,
  assessors,
  hint,
}: {
  prefix: string;
  state: FormState;
  assessors: { id: string; name: string }[];
  hint?: string;
}) {
  return (
    <Select
      id={`${prefix}assessorId`}
      name="assessorId"
      label="Assessor"
      hint={hint}
      error={state.fieldErrors?.assessorId}
      defaultValue={state.values?.assessorId ?? ""}
      options={[
        { value: "", label: "Choose an assessor" },
        ...assessors.map((a) => ({ value: a.id, label: a.name })),
      ]}
    />
  );
}

export function AutoAssignForm({
  roundId,
  assessorsPerBid,
  assessors,
}: {
  roundId: string;
  assessorsPerBid: number;
  assessors: { id: string; name: string; current: number }[];
}) {
  const { state, formAction, pending, key } = useForm(autoAssignAction);
  const p = "auto-";
  return (
    <form action={formAction} key={key}>
      <ErrorSummary errors={errorItems(state, p)} formError={state.formError} />
      <input type="hidden" name="roundId" value={roundId} />
      <Choices
        type="checkbox"
        name="assessorIds"
        id={`${p}assessorIds`}
        legend="Assessors to draw on"
        hint={`Each bid gets ${assessorsPerBid} assessors. The load is spread as evenly as possible, counting what each already has in this round, and no one is given a bid they have a conflict with.`}
        error={state.fieldErrors?.assessorIds}
        options={assessors.map((a) => ({
          value: a.id,
          label: a.name,
          hint: `${a.current} ${a.current === 1 ? "bid" : "bids"} in this round`,
        }))}
        checked={assessors.map((a) => a.id)}
      />
      <TextInput
        id={`${p}dueOn`}
        name="dueOn"
        type="date"
        width={10}
        label="Reviews due by (optional)"
        hint="Reviews are due by 5pm UK time on this day."
        error={state.fieldErrors?.dueOn}
        defaultValue={state.values?.dueOn ?? ""}
      />
      <Button disabled={pending}>Assign assessors automatically</Button>
    </form>
  );
}

export function AssignForm({
  roundId,
  bidId,
  available,
}: {
  roundId: string;
  bidId: string;
  available: { id: string; name: string }[];
}) {
  const { state, formAction, pending, key } = useForm(assignAction);
  const p = "assign-";
  return (
    <form action={formAction} key={key}>
      <ErrorSummary errors={errorItems(state, p)} formError={state.formError} />
      <HiddenFields fields={{ roundId, bidId }} />
      <AssessorSelect
        prefix={p}
        state={state}
        assessors={available}
        hint="Assessors with a conflict of interest with this bid are not listed."
      />
      <TextInput
        id={`${p}dueOn`}
        name="dueOn"
        type="date"
        width={10}
        label="Review due by (optional)"
        hint="Due by 5pm UK time on this day."
        error={state.fieldErrors?.dueOn}
        defaultValue={state.values?.dueOn ?? ""}
      />
      <Button disabled={pending}>Assign</Button>
    </form>
  );
}

function ReasonForm({
  action,
  prefix,
  hidden,
  label,
  hint,
  button,
  variant = "secondary",
  fields,
}: {
  action: Action;
  prefix: string;
  hidden: Record<string, string>;
  label: string;
  hint?: string;
  button: string;
  variant?: "secondary" | "warning";
  /** Fields before the reason, given the form's state for their errors and values. */
  fields?: (state: FormState) => ReactNode;
}) {
  const { state, formAction, pending, key } = useForm(action);
  return (
    <form action={formAction} key={key}>
      <ErrorSummary errors={errorItems(state, prefix)} formError={state.formError} />
      <HiddenFields fields={hidden} />
      {fields?.(state)}
      <Textarea
        id={`${prefix}reason`}
        name="reason"
        label={label}
        hint={hint}
        error={state.fieldErrors?.reason}
        rows={3}
        maxLength={2000}
        defaultValue={state.values?.reason ?? ""}
      />
      <Button variant={variant} disabled={pending}>
        {button}
      </Button>
    </form>
  );
}

export function UnassignForm(props: {
  roundId: string;
  bidId: string;
  assignmentId: string;
  assessorName: string;
}) {
  return (
    <ReasonForm
      action={unassignAction}
      prefix={`unassign-${props.assignmentId}-`}
      hidden={{ roundId: props.roundId, bidId: props.bidId, assignmentId: props.assignmentId }}
      label={`Why is ${props.assessorName} coming off this bid?`}
      hint="They are told, with this reason."
      button={`Take ${props.assessorName} off the bid`}
      variant="warning"
    />
  );
}

export function ReopenForm(props: {
  roundId: string;
  bidId: string;
  reviewId: string;
  assessorName: string;
}) {
  return (
    <ReasonForm
      action={reopenAction}
      prefix={`reopen-${props.reviewId}-`}
      hidden={{ roundId: props.roundId, bidId: props.bidId, reviewId: props.reviewId }}
      label={`Why reopen ${props.assessorName}'s review?`}
      hint="The assessor is told, with this reason. Their scores become a draft again and stop counting until they resubmit."
      button={`Reopen ${props.assessorName}'s review`}
    />
  );
}

export function RecordConflictForm({
  roundId,
  bidId,
  assessors,
}: {
  roundId: string;
  bidId: string;
  assessors: { id: string; name: string }[];
}) {
  return (
    <ReasonForm
      action={recordConflictAction}
      prefix="conflict-"
      hidden={{ roundId, bidId }}
      fields={(state) => <AssessorSelect prefix="conflict-" state={state} assessors={assessors} />}
      label="What is the conflict?"
      hint="If they are assigned to this bid, they come off it."
      button="Record the conflict"
    />
  );
}
