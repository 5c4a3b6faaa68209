"use server";

import { inviteUser } from "@/lib/accounts/invite-user";
import { ZInvite, ZManageInvitation } from "@/lib/accounts/invitation-forms";
import { resendInvitation, revokeInvitation } from "@/lib/accounts/manage-invitation";
import type { FormState } from "@/lib/forms/form-data";
import { runFormAction } from "@/lib/forms/run-form-action";

const INVITERS = ["PROGRAMME_ADMIN", "BOARD_ADMIN"] as const;

export async function inviteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    roles: [...INVITERS],
    schema: ZInvite,
    run: async (actor, input) => {
      await inviteUser({ actor, input });
      return { redirectTo: "/invitations?done=sent", revalidate: "/invitations" };
    },
  });
}

export async function resendInvitationAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction({
    formData,
    roles: [...INVITERS],
    schema: ZManageInvitation,
    run: async (actor, input) => {
      await resendInvitation({ actor, ...input });
      return { redirectTo: "/invitations?done=resent", revalidate: "/invitations" };
    },
  });
}

export async function revokeInvitationAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction({
    formData,
    roles: [...INVITERS],
    schema: ZManageInvitation,
    run: async (actor, input) => {
      await revokeInvitation({ actor, ...input });
      return { redirectTo: "/invitations?done=revoked", revalidate: "/invitations" };
    },
  });
}
