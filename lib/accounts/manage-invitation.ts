import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/load-actor";
import { createToken } from "../auth/tokens";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { editedVersion } from "../errors/edited-version";
import { sendInvitationEmail } from "./invite-user";
import {
  canManageInvitation,
  describeGrant,
  INVITATION_MAX_AGE_MS,
  type GlobalRole,
} from "./invitation-rules";

const notFound = () => new DomainError({ code: "NOT_FOUND", message: "Invitation not found" });

async function loadManaged(actor: Actor, invitationId: string) {
  const invitation = await prisma.invitation.findUnique({
    where: { id: invitationId },
    select: {
      id: true,
      email: true,
      name: true,
      roles: true,
      footprintId: true,
      acceptedAt: true,
      revokedAt: true,
      expiresAt: true,
      sentCount: true,
      version: true,
      boardFootprints: { select: { footprint: { select: { name: true } } } },
    },
  });
  // One the actor may not manage answers as one that does not exist.
  if (!invitation || !canManageInvitation(actor, invitation)) throw notFound();
  if (invitation.acceptedAt)
    throw new DomainError({ code: "INVALID_STATE", message: "This invitation has been accepted" });
  if (invitation.revokedAt)
    throw new DomainError({ code: "INVALID_STATE", message: "This invitation has been revoked" });
  return invitation;
}

const stale = () =>
  new DomainError({
    code: "STALE_WRITE",
    message: "Someone changed this invitation in the meantime: check the list and try again",
  });

/**
 * Sends a pending (or expired) invitation again, with a new link valid for 7 more days: the old
 * link stops working, as its token is replaced.
 */
export async function resendInvitation({
  actor,
  invitationId,
  version,
  now = new Date(),
}: {
  actor: Actor;
  invitationId: string;
  version: number;
  now?: Date;
}): Promise<void> {
  const from = editedVersion(version);
  const invitation = await loadManaged(actor, invitationId);
  const { token, tokenHash } = createToken();
  const expiresAt = new Date(now.getTime() + INVITATION_MAX_AGE_MS);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, version: from, acceptedAt: null, revokedAt: null },
      data: {
        tokenHash,
        expiresAt,
        lastSentAt: now,
        sentCount: { increment: 1 },
        version: { increment: 1 },
      },
    });
    if (count === 0) throw stale();
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "invitation.resent",
      entityType: "Invitation",
      entityId: invitationId,
      before: {
        expiresAt: invitation.expiresAt.toISOString(),
        sentCount: invitation.sentCount,
        tokenHash: "(old)",
        version: from,
      },
      after: {
        expiresAt: expiresAt.toISOString(),
        sentCount: invitation.sentCount + 1,
        tokenHash: "(new)",
        version: from + 1,
      },
    });
    await sendInvitationEmail(tx, {
      to: invitation.email,
      name: invitation.name,
      inviterName: actor.name,
      roleSummary: describeGrant({
        roles: invitation.roles as GlobalRole[],
        boardFootprintNames: invitation.boardFootprints.map((b) => b.footprint.name),
      }),
      token,
      expiresAt,
    });
  });
}

/** Withdraws a pending invitation: its link opens nothing from now on. */
export async function revokeInvitation({
  actor,
  invitationId,
  version,
  now = new Date(),
}: {
  actor: Actor;
  invitationId: string;
  version: number;
  now?: Date;
}): Promise<void> {
  const from = editedVersion(version);
  await loadManaged(actor, invitationId);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, version: from, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now, revokedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw stale();
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "invitation.revoked",
      entityType: "Invitation",
      entityId: invitationId,
      before: { revokedAt: null, revokedById: null, version: from },
      after: { revokedAt: now.toISOString(), revokedById: actor.id, version: from + 1 },
    });
  });
}
