"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";
import type { FormState } from "@/lib/forms/form-data";
import { startBidAction } from "./actions";

export function StartBidForm({
  roundId,
  footprints,
}: {
  roundId: string;
  footprints: { id: string; name: string; kind: string }[];
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(startBidAction, {});
  return (
    <>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <form action={formAction} noValidate>
        <input type="hidden" name="roundId" value={roundId} />
        <Select
          id="footprintId"
          name="footprintId"
          label="Footprint"
          hint="Footprints where you hold a current appointment"
          error={state.fieldErrors?.footprintId}
          options={footprints.map((f) => ({ value: f.id, label: `${f.name} (${f.kind})` }))}
        />
        <TextInput
          id="title"
          name="title"
          label="Title of the bid"
          hint="For example, Surrey Heartlands: from discussion group to system assurance partner"
          defaultValue={state.values?.title ?? ""}
          error={state.fieldErrors?.title}
        />
        <Button disabled={pending}>Start the bid</Button>
      </form>
    </>
  );
}
