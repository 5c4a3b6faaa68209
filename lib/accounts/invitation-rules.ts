/**
 * Who may invite whom, as pure rules (tests/unit/invitation-rules.test.ts). A programme admin
 * invites anyone, with any roles, board admins scoped to named footprints. A board admin invites
 * members of their own footprints only, and grants nothing else (DESIGN.md, "Accounts").
 */
import type { Role } from "../generated/prisma/enums";

/** Roles an invitation grants everywhere; board admin is always granted per footprint. */
export const GLOBAL_ROLES = ["MEMBER", "ASSESSOR", "PROGRAMME_ADMIN"] as const;
export type GlobalRole = (typeof GLOBAL_ROLES)[number];

/** An invitation link works for 7 days from when it was last sent. */
export const INVITATION_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export type Inviter = { roles: ReadonlySet<Role>; boardFootprintIds: readonly string[] };

export type InvitationGrant = {
  roles: readonly GlobalRole[];
  boardFootprintIds: readonly string[];
  /** The footprint a board admin invites a member of. */
  footprintId: string | null;
};

export type InvitationRefusal = { field: "roles" | "footprintId"; message: string };

export function canInvite(inviter: Inviter): boolean {
  return inviter.roles.has("PROGRAMME_ADMIN") || inviter.roles.has("BOARD_ADMIN");
}

/** Why `inviter` may not send an invitation granting `grant`, or null when they may. */
export function invitationRefusal(
  inviter: Inviter,
  grant: InvitationGrant,
): InvitationRefusal | null {
  if (inviter.roles.has("PROGRAMME_ADMIN")) {
    if (!grant.roles.length && !grant.boardFootprintIds.length)
      return { field: "roles", message: "Choose at least one role" };
    return null;
  }
  if (inviter.roles.has("BOARD_ADMIN")) {
    if (grant.boardFootprintIds.length || grant.roles.some((role) => role !== "MEMBER"))
      return {
        field: "roles",
        message: "You can invite members only: ask the programme team to invite staff",
      };
    if (!grant.footprintId || !inviter.boardFootprintIds.includes(grant.footprintId))
      return {
        field: "footprintId",
        message: "Choose one of your footprints",
      };
    return null;
  }
  return { field: "roles", message: "You cannot invite anyone" };
}

/** May `inviter` see, resend or revoke an invitation for `footprintId` (null: a programme admin's)? */
export function canManageInvitation(
  inviter: Inviter,
  invitation: { footprintId: string | null },
): boolean {
  if (inviter.roles.has("PROGRAMME_ADMIN")) return true;
  return (
    inviter.roles.has("BOARD_ADMIN") &&
    invitation.footprintId !== null &&
    inviter.boardFootprintIds.includes(invitation.footprintId)
  );
}

const ROLE_WORDS: Record<GlobalRole, string> = {
  MEMBER: "a member",
  ASSESSOR: "an assessor",
  PROGRAMME_ADMIN: "a programme admin",
};

/** What the account will be, in words, for the email: "a member and board admin of Surrey Heartlands". */
export function describeGrant({
  roles,
  boardFootprintNames,
}: {
  roles: readonly GlobalRole[];
  boardFootprintNames: readonly string[];
}): string {
  const parts = roles.map((role) => ROLE_WORDS[role]);
  if (boardFootprintNames.length) parts.push(`board admin of ${joinWords(boardFootprintNames)}`);
  return joinWords(parts.length ? parts : ["a member"]);
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
