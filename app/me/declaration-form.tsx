"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/forms/form-data";
import { endDeclarationAction, saveDeclarationAction } from "./actions";

export type DeclarationValues = {
  id?: string;
  type: string;
  organisationId: string;
  partyName: string;
  description: string;
  startsOn: string;
  endsOn: string;
  published: boolean;
  requiredByPolicy?: boolean;
  version?: number;
};

const TYPES = [
  { value: "FINANCIAL", label: "Financial" },
  { value: "NON_FINANCIAL_PROFESSIONAL", label: "Non-financial professional" },
  { value: "NON_FINANCIAL_PERSONAL", label: "Non-financial personal" },
  { value: "INDIRECT", label: "Indirect" },
];

/** Add or edit a register-of-interests entry. Works without JavaScript. */
export function DeclarationForm({
  declaration,
  organisations,
}: {
  declaration: DeclarationValues;
  organisations: { id: string; name: string }[];
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(
    saveDeclarationAction,
    {},
  );
  const errors = state.fieldErrors ?? {};
  const value = (name: "organisationId" | "partyName" | "description" | "startsOn" | "endsOn") =>
    state.values?.[name] ?? declaration[name];
  return (
    <>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <form action={formAction} noValidate aria-label="Interest">
        {declaration.id ? <input type="hidden" name="id" value={declaration.id} /> : null}
        {declaration.version ? (
          <input type="hidden" name="version" value={declaration.version} />
        ) : null}
        <Choices
          type="radio"
          name="type"
          legend="Type of interest"
          options={TYPES}
          checked={[state.values?.type ?? declaration.type]}
          error={errors.type}
        />
        <Select
          id="organisationId"
          name="organisationId"
          label="Organisation (optional)"
          hint="An organisation you hold an appointment at. For anyone else, enter their name below."
          defaultValue={value("organisationId")}
          error={errors.organisationId}
          options={[
            { value: "", label: "None: I will name the party" },
            ...organisations.map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <TextInput
          id="partyName"
          name="partyName"
          label="Name of the other party"
          hint="The company, charity or person the interest is with."
          defaultValue={value("partyName")}
          error={errors.partyName}
        />
        <Textarea
          id="description"
          name="description"
          label="Description"
          hint="For example, “Trustee of a local charity”."
          rows={3}
          defaultValue={value("description")}
          error={errors.description}
        />
        <TextInput
          id="startsOn"
          name="startsOn"
          type="date"
          label="From"
          hint="For example, 2026-03-31."
          defaultValue={value("startsOn")}
          error={errors.startsOn}
          width={10}
        />
        <TextInput
          id="endsOn"
          name="endsOn"
          type="date"
          label="To (optional)"
          hint="Leave empty while the interest continues."
          defaultValue={value("endsOn")}
          error={errors.endsOn}
          width={10}
        />
        <Choices
          type="checkbox"
          name="published"
          legend="Publication"
          hint={
            declaration.requiredByPolicy
              ? "Policy requires this interest to be published."
              : "Published interests appear in the public register of your footprint."
          }
          options={[{ value: "on", label: "Publish this interest" }]}
          checked={
            (state.values ? state.values.published === "on" : declaration.published) ? ["on"] : []
          }
          error={errors.published}
        />
        <Button disabled={pending}>{declaration.id ? "Save changes" : "Add interest"}</Button>
      </form>
    </>
  );
}

/** Ends a current entry on a date: the entry is kept with its end date. */
export function EndDeclarationForm({ id, version }: { id: string; version: number }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(
    endDeclarationAction,
    {},
  );
  return (
    <>
      <ErrorSummary
        title="This interest could not be ended"
        errors={Object.entries(state.fieldErrors ?? {}).map(([, message]) => ({
          href: "#end-endsOn",
          message,
        }))}
        formError={state.formError}
      />
      <form action={formAction} noValidate aria-label="End this interest">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <TextInput
          id="end-endsOn"
          name="endsOn"
          type="date"
          label="Date the interest ended"
          hint="For example, 2026-03-31. The entry stays in your register with this end date."
          defaultValue={state.values?.endsOn ?? ""}
          error={state.fieldErrors?.endsOn}
          width={10}
        />
        <Button variant="warning" disabled={pending}>
          End this interest
        </Button>
      </form>
    </>
  );
}
