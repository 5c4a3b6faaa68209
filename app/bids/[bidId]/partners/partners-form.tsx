"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Checkboxes } from "@/components/ui/checkboxes";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import type { FormState } from "@/lib/forms/form-data";
import { savePartnersAction } from "../../actions";

export function PartnersForm({
  bidId,
  version,
  footprintName,
  items,
}: {
  bidId: string;
  version: number;
  footprintName: string;
  items: { value: string; label: string; hint?: string; checked: boolean }[];
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(savePartnersAction, {});
  return (
    <>
      <ErrorSummary errors={summaryItems(state.fieldErrors)} formError={state.formError} />
      <form action={formAction} noValidate>
        <input type="hidden" name="bidId" value={bidId} />
        <input type="hidden" name="version" value={version} />
        <Checkboxes
          id="organisationIds"
          name="organisationIds"
          legend={<h1 className="m-0">Which organisations are partners in the bid?</h1>}
          hint={`Organisations in ${footprintName}, from the directory. Select all that apply.`}
          error={state.fieldErrors?.organisationIds}
          items={items}
        />
        <Button disabled={pending}>Save and return to the bid</Button>
      </form>
    </>
  );
}
