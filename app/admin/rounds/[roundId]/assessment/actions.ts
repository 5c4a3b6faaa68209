"use server";

import { assignAssessor } from "@/lib/assessment/assign-assessor";
import {
  ZAssign,
  ZAutoAssign,
  ZRecordConflict,
  ZReopen,
  ZUnassign,
} from "@/lib/assessment/assessment-forms";
import { autoAssignAssessors } from "@/lib/assessment/auto-assign-assessors";
import { reopenReview } from "@/lib/assessment/reopen-review";
import { unassignAssessor } from "@/lib/assessment/unassign-assessor";
import { recordConflict } from "@/lib/conflicts/record-conflict";
import type { FormState } from "@/lib/forms/form-data";
import { runFormAction } from "@/lib/forms/run-form-action";

const round = (roundId: string) => `/admin/rounds/${roundId}`;
const bidPage = (roundId: string, bidId: string, saved: string) =>
  `${round(roundId)}/assessment/${bidId}?saved=${saved}`;

export async function autoAssignAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction({
    formData,
    roles: ["PROGRAMME_ADMIN"],
    schema: ZAutoAssign,
    run: async (actor, { roundId, dueOn, assessorIds }) => {
      const { created } = await autoAssignAssessors({ actor, roundId, dueAt: dueOn, assessorIds });
      return {
        revalidate: round(roundId),
        redirectTo: `${round(roundId)}/assessment?assigned=${created}`,
      };
    },
  });
}

export async function assignAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    roles: ["PROGRAMME_ADMIN"],
    schema: ZAssign,
    run: async (actor, { roundId, bidId, assessorId, dueOn }) => {
      await assignAssessor({ actor, bidId, assessorId, dueAt: dueOn });
      return { revalidate: round(roundId), redirectTo: bidPage(roundId, bidId, "assigned") };
    },
  });
}

export async function unassignAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    roles: ["PROGRAMME_ADMIN"],
    schema: ZUnassign,
    run: async (actor, { roundId, bidId, assignmentId, reason }) => {
      await unassignAssessor({ actor, assignmentId, reason });
      return { revalidate: round(roundId), redirectTo: bidPage(roundId, bidId, "unassigned") };
    },
  });
}

export async function reopenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    roles: ["PROGRAMME_ADMIN"],
    schema: ZReopen,
    run: async (actor, { roundId, bidId, reviewId, reason }) => {
      await reopenReview({ actor, reviewId, reason });
      return { revalidate: round(roundId), redirectTo: bidPage(roundId, bidId, "reopened") };
    },
  });
}

export async function recordConflictAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction({
    formData,
    roles: ["PROGRAMME_ADMIN"],
    schema: ZRecordConflict,
    run: async (actor, { roundId, bidId, assessorId, reason }) => {
      await recordConflict({ actor, bidId, assessorId, reason });
      return { revalidate: round(roundId), redirectTo: bidPage(roundId, bidId, "conflict") };
    },
  });
}
