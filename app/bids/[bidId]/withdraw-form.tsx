"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { FormState } from "@/lib/forms/form-data";
import { withdrawBidAction } from "../actions";

export function WithdrawForm({ bidId }: { bidId: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(withdrawBidAction, {});
  return (
    <section aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading">Withdraw the bid</h2>
      <ErrorSummary errors={[]} formError={state.formError} />
      <p>
        As the lead, you can withdraw the bid until the round closes. It will not be assessed, and
        your footprint can start a new bid.
      </p>
      <form action={formAction}>
        <input type="hidden" name="bidId" value={bidId} />
        <Button variant="warning" disabled={pending}>
          Withdraw the bid
        </Button>
      </form>
    </section>
  );
}
