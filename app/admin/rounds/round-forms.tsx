"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { Textarea } from "@/components/ui/textarea";
import { TextInput } from "@/components/ui/text-input";
import type { FormState } from "@/lib/forms/form-data";
import {
  changeRoundStateAction,
  saveCriteriaAction,
  saveRoundAction,
  saveScaleAction,
} from "./actions";

export type RoundFormValues = {
  roundId?: string;
  version?: number;
  title: string;
  slug: string;
  description: string;
  eligibility: string;
  opensAt: string;
  closesAt: string;
  budget: string;
  pilotPlaces: string;
  assessorsPerBid: string;
  disagreementThreshold: string;
};

/** The round's details. Times are entered as UK local time and stored as instants. */
export function RoundDetailsForm({ initial }: { initial: RoundFormValues }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(saveRoundAction, {});
  const v = (key: keyof RoundFormValues) => state.values?.[key] ?? String(initial[key] ?? "");
  const e = state.fieldErrors ?? {};
  return (
    <>
      <ErrorSummary errors={summaryItems(e)} formError={state.formError} />
      <form action={formAction} noValidate key={JSON.stringify(state.values ?? {})}>
        {initial.roundId ? <input type="hidden" name="roundId" value={initial.roundId} /> : null}
        <input type="hidden" name="version" value={initial.version ?? 0} />
        <TextInput
          id="title"
          name="title"
          label="Title"
          defaultValue={v("title")}
          error={e.title}
        />
        <TextInput
          id="slug"
          name="slug"
          label="Web address name"
          hint="Lower-case letters, numbers and hyphens, for example pilot-sites-2027"
          width={20}
          defaultValue={v("slug")}
          error={e.slug}
        />
        <Textarea
          id="description"
          name="description"
          label="What the round funds"
          maxLength={5000}
          rows={5}
          defaultValue={v("description")}
          error={e.description}
        />
        <Textarea
          id="eligibility"
          name="eligibility"
          label="Who can bid"
          maxLength={5000}
          rows={3}
          defaultValue={v("eligibility")}
          error={e.eligibility}
        />
        <TextInput
          id="opensAt"
          name="opensAt"
          type="datetime-local"
          label="Opens (UK time)"
          hint="GMT in winter, BST in summer: enter the time as it will be shown on UK clocks"
          width={20}
          defaultValue={v("opensAt")}
          error={e.opensAt}
        />
        <TextInput
          id="closesAt"
          name="closesAt"
          type="datetime-local"
          label="Closes (UK time)"
          width={20}
          defaultValue={v("closesAt")}
          error={e.closesAt}
        />
        <TextInput
          id="budget"
          name="budget"
          label="Budget, in pounds"
          inputMode="decimal"
          width={10}
          defaultValue={v("budget")}
          error={e.budget}
        />
        <TextInput
          id="pilotPlaces"
          name="pilotPlaces"
          label="Pilot places"
          inputMode="numeric"
          width={5}
          defaultValue={v("pilotPlaces")}
          error={e.pilotPlaces}
        />
        <TextInput
          id="assessorsPerBid"
          name="assessorsPerBid"
          label="Assessors per bid"
          inputMode="numeric"
          width={5}
          defaultValue={v("assessorsPerBid")}
          error={e.assessorsPerBid}
        />
        <TextInput
          id="disagreementThreshold"
          name="disagreementThreshold"
          label="Disagreement threshold"
          hint="A bid is flagged for moderation when its assessors' weighted totals differ by more than this"
          inputMode="decimal"
          width={5}
          defaultValue={v("disagreementThreshold")}
          error={e.disagreementThreshold}
        />
        <Button disabled={pending}>
          {initial.roundId ? "Save the round" : "Create the round"}
        </Button>
      </form>
    </>
  );
}

type Row = Record<string, string>;

function rowsFrom(
  values: Record<string, string> | undefined,
  prefix: string,
  initial: Row[],
  blank: number,
): Row[] {
  if (values) {
    return Object.keys(values)
      .filter((k) => k.startsWith(`${prefix}-`))
      .map((k) => k.slice(prefix.length + 1))
      .map((i) =>
        Object.fromEntries(
          Object.entries(values)
            .filter(([k]) => k.endsWith(`-${i}`))
            .map(([k, val]) => [k.replace(/-\d+$/, ""), val]),
        ),
      );
  }
  return [...initial, ...Array.from({ length: blank }, () => ({}))];
}

export function CriteriaForm({
  roundId,
  criteria,
}: {
  roundId: string;
  criteria: { name: string; guidance: string; weight: number }[];
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(saveCriteriaAction, {});
  const e = state.fieldErrors ?? {};
  const rows = rowsFrom(
    state.values,
    "name",
    criteria.map((c) => ({ name: c.name, guidance: c.guidance, weight: String(c.weight) })),
    1,
  );
  return (
    <>
      <ErrorSummary errors={summaryItems(e)} formError={state.formError} />
      <form action={formAction} noValidate key={JSON.stringify(state.values ?? {})}>
        <input type="hidden" name="roundId" value={roundId} />
        {rows.map((row, i) => (
          <fieldset key={i} className="mb-nhs-4 border-0 border-t border-nhs-border p-0 pt-nhs-3">
            <legend className="font-bold">Criterion {i + 1}</legend>
            <TextInput
              id={`name-${i}`}
              name={`name-${i}`}
              label="Name"
              width={20}
              defaultValue={row.name ?? ""}
              error={e[`name-${i}`]}
            />
            <TextInput
              id={`guidance-${i}`}
              name={`guidance-${i}`}
              label="Guidance for bidders and assessors"
              defaultValue={row.guidance ?? ""}
              error={e[`guidance-${i}`]}
            />
            <TextInput
              id={`weight-${i}`}
              name={`weight-${i}`}
              label="Weight"
              hint="A whole number; weights are usually percentages adding up to 100"
              inputMode="numeric"
              width={5}
              defaultValue={row.weight ?? ""}
              error={e[`weight-${i}`]}
            />
          </fieldset>
        ))}
        <Button disabled={pending}>Save the criteria</Button>
      </form>
    </>
  );
}

export function ScaleForm({
  roundId,
  points,
}: {
  roundId: string;
  points: { value: number; label: string; descriptor: string }[];
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(saveScaleAction, {});
  const e = state.fieldErrors ?? {};
  const rows = rowsFrom(
    state.values,
    "label",
    points.map((p) => ({ value: String(p.value), label: p.label, descriptor: p.descriptor })),
    points.length ? 1 : 5,
  );
  return (
    <>
      <ErrorSummary errors={summaryItems(e)} formError={state.formError} />
      <form action={formAction} noValidate key={JSON.stringify(state.values ?? {})}>
        <input type="hidden" name="roundId" value={roundId} />
        {rows.map((row, i) => (
          <fieldset key={i} className="mb-nhs-4 border-0 border-t border-nhs-border p-0 pt-nhs-3">
            <legend className="font-bold">Point {i + 1}</legend>
            <TextInput
              id={`value-${i}`}
              name={`value-${i}`}
              label="Score"
              inputMode="numeric"
              width={5}
              defaultValue={row.value ?? ""}
              error={e[`value-${i}`]}
            />
            <TextInput
              id={`label-${i}`}
              name={`label-${i}`}
              label="Label"
              width={20}
              defaultValue={row.label ?? ""}
              error={e[`label-${i}`]}
            />
            <TextInput
              id={`descriptor-${i}`}
              name={`descriptor-${i}`}
              label="Descriptor"
              defaultValue={row.descriptor ?? ""}
              error={e[`descriptor-${i}`]}
            />
          </fieldset>
        ))}
        <Button disabled={pending}>Save the scale</Button>
      </form>
    </>
  );
}

export function RoundStateForm({
  roundId,
  version,
  to,
  label,
}: {
  roundId: string;
  version: number;
  to: string;
  label: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(
    changeRoundStateAction,
    {},
  );
  return (
    <>
      <ErrorSummary errors={[]} formError={state.formError} />
      <form action={formAction}>
        <input type="hidden" name="roundId" value={roundId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="to" value={to} />
        <Button variant="secondary" disabled={pending}>
          {label}
        </Button>
      </form>
    </>
  );
}
