"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { Textarea } from "@/components/ui/textarea";
import { TextInput } from "@/components/ui/text-input";
import type { FormState } from "@/lib/forms/form-data";
import {
  setLeadCapAction,
  assignPersonAction,
  endAssignmentAction,
  saveBoardSeatAction,
  saveWorkstreamAction,
} from "./actions";

/** Field ids are prefixed per form, so several forms on one page keep unique ids. */
function prefixed(prefix: string, fieldErrors: FormState["fieldErrors"]) {
  return summaryItems(fieldErrors).map((item) => ({
    ...item,
    href: `#${prefix}-${item.href.slice(1)}`,
  }));
}

export function AssignPersonForm({
  footprintId,
  kind,
  targetId,
  personId,
  personName,
  today,
  needsReason,
  defaultRole,
}: {
  footprintId: string;
  kind: "workstreams" | "seats";
  targetId: string;
  personId: string;
  personName: string;
  today: string;
  needsReason: boolean;
  defaultRole: "LEAD" | "MEMBER";
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(assignPersonAction, {});
  const prefix = `assign-${personId}`;
  return (
    <form action={action} noValidate aria-label={`Assign ${personName}`}>
      <ErrorSummary errors={prefixed(prefix, state.fieldErrors)} formError={state.formError} />
      <input type="hidden" name="footprintId" value={footprintId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="personId" value={personId} />
      {kind === "workstreams" ? (
        <Choices
          type="radio"
          id={`${prefix}-role`}
          name="role"
          legend={`Assign ${personName} as`}
          inline
          error={state.fieldErrors?.role}
          checked={[state.values?.role ?? defaultRole]}
          options={[
            { value: "LEAD", label: "Non-executive lead" },
            { value: "MEMBER", label: "Member" },
          ]}
        />
      ) : (
        <input type="hidden" name="role" value="MEMBER" />
      )}
      <TextInput
        id={`${prefix}-startsOn`}
        name="startsOn"
        type="date"
        label="From"
        width={10}
        defaultValue={state.values?.startsOn ?? today}
        error={state.fieldErrors?.startsOn}
      />
      {needsReason ? (
        <Textarea
          id={`${prefix}-overrideReason`}
          name="overrideReason"
          label={`Why assign ${personName}, who is not eligible?`}
          hint="Required. It is recorded in the audit log."
          rows={3}
          defaultValue={state.values?.overrideReason ?? ""}
          error={state.fieldErrors?.overrideReason}
        />
      ) : null}
      <Button disabled={pending} variant={needsReason ? "warning" : "primary"}>
        Assign {personName}
      </Button>
    </form>
  );
}

export function EndAssignmentForm({
  footprintId,
  assignmentId,
  personName,
  today,
  returnTo,
}: {
  footprintId: string;
  assignmentId: string;
  personName: string;
  today: string;
  returnTo: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(endAssignmentAction, {});
  const prefix = `end-${assignmentId}`;
  return (
    <details className="mb-nhs-3" open={Boolean(state.fieldErrors || state.formError)}>
      <summary className="cursor-pointer text-nhs-blue underline">
        End {personName}&apos;s assignment
      </summary>
      <form action={action} noValidate className="mt-nhs-3 border-l-4 border-nhs-grey-4 pl-nhs-3">
        <ErrorSummary errors={prefixed(prefix, state.fieldErrors)} formError={state.formError} />
        <input type="hidden" name="footprintId" value={footprintId} />
        <input type="hidden" name="assignmentId" value={assignmentId} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <TextInput
          id={`${prefix}-endsOn`}
          name="endsOn"
          type="date"
          label="Last day"
          width={10}
          defaultValue={state.values?.endsOn ?? today}
          error={state.fieldErrors?.endsOn}
        />
        <TextInput
          id={`${prefix}-endReason`}
          name="endReason"
          label="Reason (optional)"
          defaultValue={state.values?.endReason ?? ""}
          error={state.fieldErrors?.endReason}
        />
        <Button variant="warning" disabled={pending}>
          End assignment
        </Button>
      </form>
    </details>
  );
}

export function WorkstreamForm({
  footprintId,
  kind,
  existing,
  skills,
}: {
  footprintId: string;
  kind: "workstreams" | "seats";
  existing?: {
    id: string;
    version: number;
    name: string;
    description: string;
    status: string;
    skillIds: string[];
  };
  skills: { id: string; name: string }[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    kind === "workstreams" ? saveWorkstreamAction : saveBoardSeatAction,
    {},
  );
  const values = state.values;
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <input type="hidden" name="footprintId" value={footprintId} />
      {existing ? (
        <>
          <input type="hidden" name="id" value={existing.id} />
          <input type="hidden" name="version" value={existing.version} />
        </>
      ) : null}
      <TextInput
        id="name"
        name="name"
        label="Name"
        defaultValue={values?.name ?? existing?.name ?? ""}
        error={state.fieldErrors?.name}
      />
      <Textarea
        id="description"
        name="description"
        label="Description (optional)"
        defaultValue={values?.description ?? existing?.description ?? ""}
        error={state.fieldErrors?.description}
      />
      {kind === "workstreams" ? (
        <Choices
          type="checkbox"
          id="skillIds"
          name="skillIds"
          legend="Skills it needs"
          hint="Suggestions rank people with these skills first. Select all that apply."
          error={state.fieldErrors?.skillIds}
          checked={existing?.skillIds ?? []}
          options={skills.map((skill) => ({ value: skill.id, label: skill.name }))}
        />
      ) : null}
      {existing ? (
        <Choices
          type="radio"
          id="status"
          name="status"
          legend="Status"
          error={state.fieldErrors?.status}
          checked={[values?.status ?? existing.status]}
          options={[
            { value: "ACTIVE", label: "Active" },
            ...(kind === "workstreams" ? [{ value: "PAUSED", label: "Paused" }] : []),
            {
              value: "CLOSED",
              label: "Closed",
              hint: "Closing ends every current assignment. Their history is kept.",
            },
          ]}
        />
      ) : (
        <input type="hidden" name="status" value="ACTIVE" />
      )}
      <Button disabled={pending}>
        {existing ? "Save changes" : `Add ${kind === "workstreams" ? "workstream" : "board seat"}`}
      </Button>
    </form>
  );
}

export function LeadCapForm({ footprintId, leadCap }: { footprintId: string; leadCap: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setLeadCapAction, {});
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <input type="hidden" name="footprintId" value={footprintId} />
      <TextInput
        id="leadCap"
        name="leadCap"
        inputMode="numeric"
        label="Most lead roles one person may hold at once"
        hint="Policy default: 3. A lower cap applies to new assignments and ends no one's role."
        width={5}
        defaultValue={state.values?.leadCap ?? String(leadCap)}
        error={state.fieldErrors?.leadCap}
      />
      <Button variant="secondary" disabled={pending}>
        Save the cap
      </Button>
    </form>
  );
}
