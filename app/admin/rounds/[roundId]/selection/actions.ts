"use server";

import { ZDecision, ZRecordProposal } from "@/lib/decisions/decision-forms";
import { recordDecision } from "@/lib/decisions/record-decision";
import { recordProposedDecisions } from "@/lib/decisions/record-proposed-decisions";
import type { FormState } from "@/lib/forms/form-data";
import { runFormAction } from "@/lib/forms/run-form-action";

// Decisions change the round's public page once published, so the whole layout is revalidated.
export async function recordProposalAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction({
    formData,
    roles: ["PROGRAMME_ADMIN"],
    schema: ZRecordProposal,
    run: async (actor, { roundId, basis, cap, note }) => {
      await recordProposedDecisions({ actor, roundId, basis, regionCap: cap, note });
      return {
        revalidate: "/",
        redirectTo: `/admin/rounds/${roundId}/selection?saved=decisions`,
      };
    },
  });
}

export async function recordDecisionAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction({
    formData,
    roles: ["PROGRAMME_ADMIN"],
    schema: ZDecision,
    run: async (actor, { roundId, bidId, version, outcome, amountAwardedPence, rationale }) => {
      await recordDecision({
        actor,
        decision: { bidId, version, outcome, amountAwardedPence, rationale },
      });
      return {
        revalidate: "/",
        redirectTo: `/admin/rounds/${roundId}/selection?saved=decision`,
      };
    },
  });
}
