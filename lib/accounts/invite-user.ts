import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/load-actor";
import { createToken } from "../auth/tokens";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import type { Prisma } from "../generated/prisma/client";
import { absoluteUrl } from "../http/absolute-url";
import { invitationEmail } from "../notifications/email-templates";
import { queueEmail } from "../notifications/queue-email";
import { invitablePeopleWhere } from "./invitable-people";
import {
  canInvite,
  describeGrant,
  INVITATION_MAX_AGE_MS,
  invitationRefusal,
  type GlobalRole,
} from "./invitation-rules";

export type InviteInput = {
  email: string;
  name: string;
  personId: string | null;
  roles: GlobalRole[];
  boardFootprintIds: string[];
  footprintId: string | null;
};

/**
 * Invites someone to open an account. The rules of who may grant what are
 * `invitation-rules.ts`; here they are applied against the records: the footprints exist, the
 * named person has no account and (for a board admin) belongs to their footprints, and nobody
 * has an account or a live invitation at that address already. The invitation, its audit event
 * and its email are one transaction.
 */
export async function inviteUser({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: InviteInput;
  now?: Date;
}): Promise<{ invitationId: string }> {
  if (!canInvite(actor)) throw new DomainError({ code: "NOT_FOUND", message: "Not found" });
  // Accounts keep addresses lower-case (the form's field does this too).
  input = { ...input, email: input.email.trim().toLowerCase() };
  // A board admin's invitation is always of a member of one of their footprints.
  const grant = actor.roles.has("PROGRAMME_ADMIN")
    ? { ...input, footprintId: null }
    : { ...input, roles: input.roles.length ? input.roles : (["MEMBER"] as GlobalRole[]) };
  const refusal = invitationRefusal(actor, grant);
  if (refusal) throw new DomainError({ code: "FORBIDDEN", ...refusal });

  const { token, tokenHash } = createToken();
  const expiresAt = new Date(now.getTime() + INVITATION_MAX_AGE_MS);
  const invitation = await prisma.$transaction(async (tx) => {
    const footprints = await tx.footprint.findMany({
      where: { id: { in: grant.boardFootprintIds } },
      select: { id: true, name: true },
    });
    if (footprints.length !== new Set(grant.boardFootprintIds).size)
      throw new DomainError({
        code: "NOT_FOUND",
        field: "boardFootprintIds",
        message: "Choose footprints from the list",
      });
    if (grant.footprintId && !(await tx.footprint.findUnique({ where: { id: grant.footprintId } })))
      throw new DomainError({
        code: "NOT_FOUND",
        field: "footprintId",
        message: "Choose one of your footprints",
      });

    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
      throw new DomainError({
        code: "ALREADY_EXISTS",
        field: "email",
        message: "Someone already has an account with this email address",
      });
    if (await tx.invitation.findFirst({ where: liveInvitation(input.email, now) }))
      throw new DomainError({
        code: "ALREADY_EXISTS",
        field: "email",
        message: "This address has been invited already: resend that invitation from the list",
      });

    let name = input.name;
    if (grant.personId) {
      const person = await tx.person.findFirst({
        where: {
          AND: [
            { id: grant.personId },
            invitablePeopleWhere({
              actor,
              footprintIds: grant.footprintId ? [grant.footprintId] : undefined,
              now,
            }),
          ],
        },
        select: { givenName: true, familyName: true },
      });
      if (!person)
        throw new DomainError({
          code: "NOT_FOUND",
          field: "personId",
          message: "Choose someone from the list who has no account yet",
        });
      if (
        await tx.invitation.findFirst({
          where: { ...liveInvitation(null, now), personId: grant.personId },
        })
      )
        throw new DomainError({
          code: "ALREADY_EXISTS",
          field: "personId",
          message: "This person has been invited already: resend that invitation from the list",
        });
      name ||= `${person.givenName} ${person.familyName}`;
    }
    if (!name)
      throw new DomainError({ code: "INVALID_STATE", field: "name", message: "Enter their name" });

    const created = await tx.invitation.create({
      data: {
        email: input.email,
        name,
        personId: grant.personId,
        footprintId: grant.footprintId,
        roles: [...new Set(grant.roles)],
        boardFootprints: { create: footprints.map((f) => ({ footprintId: f.id })) },
        tokenHash,
        expiresAt,
        lastSentAt: now,
        invitedById: actor.id,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "invitation.created",
      entityType: "Invitation",
      entityId: created.id,
      after: {
        email: input.email,
        name,
        personId: grant.personId,
        footprintId: grant.footprintId,
        roles: [...new Set(grant.roles)].sort(),
        boardFootprintIds: footprints.map((f) => f.id).sort(),
        expiresAt: expiresAt.toISOString(),
      },
    });
    await sendInvitationEmail(tx, {
      to: input.email,
      name,
      inviterName: actor.name,
      roleSummary: describeGrant({
        roles: grant.roles,
        boardFootprintNames: footprints.map((f) => f.name),
      }),
      token,
      expiresAt,
    });
    return created;
  });
  return { invitationId: invitation.id };
}

/** An invitation that can still be accepted (optionally, for one address). */
export function liveInvitation(email: string | null, now: Date): Prisma.InvitationWhereInput {
  return {
    ...(email ? { email } : {}),
    acceptedAt: null,
    revokedAt: null,
    expiresAt: { gt: now },
  };
}

export async function sendInvitationEmail(
  tx: Prisma.TransactionClient,
  {
    to,
    name,
    inviterName,
    roleSummary,
    token,
    expiresAt,
  }: {
    to: string;
    name: string;
    inviterName: string;
    roleSummary: string;
    token: string;
    expiresAt: Date;
  },
): Promise<void> {
  const url = absoluteUrl(`/join/${token}`);
  await queueEmail(tx, {
    to,
    email: invitationEmail({ name, inviterName, roleSummary, url, expiresAt }),
    secretLink: url,
  });
}
