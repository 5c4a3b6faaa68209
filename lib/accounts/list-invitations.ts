import "server-only";
import type { Actor } from "../auth/load-actor";
import { prisma } from "../db/prisma";
import type { Prisma } from "../generated/prisma/client";

export const INVITATIONS_PAGE_SIZE = 25;

/**
 * The pending invitations the actor manages (a programme admin: all; a board admin: those for
 * their footprints), newest sent first, a page at a time. Expired ones are listed too, to resend.
 */
export async function listPendingInvitations({
  actor,
  page = 1,
  now = new Date(),
}: {
  actor: Actor;
  page?: number;
  now?: Date;
}) {
  const where: Prisma.InvitationWhereInput = {
    acceptedAt: null,
    revokedAt: null,
    ...(actor.roles.has("PROGRAMME_ADMIN")
      ? {}
      : { footprintId: { in: [...actor.boardFootprintIds] } }),
  };
  const [total, rows] = await Promise.all([
    prisma.invitation.count({ where }),
    prisma.invitation.findMany({
      where,
      orderBy: [{ lastSentAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * INVITATIONS_PAGE_SIZE,
      take: INVITATIONS_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        name: true,
        roles: true,
        expiresAt: true,
        lastSentAt: true,
        sentCount: true,
        version: true,
        footprint: { select: { name: true } },
        person: { select: { id: true } },
        invitedBy: { select: { name: true } },
        boardFootprints: { select: { footprint: { select: { name: true } } } },
      },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / INVITATIONS_PAGE_SIZE)),
    invitations: rows.map((row) => ({
      ...row,
      expired: row.expiresAt <= now,
      boardFootprintNames: row.boardFootprints.map((b) => b.footprint.name),
    })),
  };
}

/** What the invitation form offers: the footprints the actor may name. */
export async function getInvitationFormOptions({ actor }: { actor: Actor }) {
  const footprints = await prisma.footprint.findMany({
    where: actor.roles.has("PROGRAMME_ADMIN")
      ? { kind: { in: ["ICS", "ICP"] } }
      : { id: { in: [...actor.boardFootprintIds] } },
    orderBy: [{ name: "asc" }],
    select: { id: true, name: true, kind: true },
  });
  return { footprints };
}
