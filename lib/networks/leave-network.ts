import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";

/** A member leaves a network: the membership is kept with its end (leftAt). Audited. */
export async function leaveNetwork({ actor, networkId }: { actor: Actor; networkId: string }) {
  const personId = actor.personId;
  if (!personId) throw new DomainError({ code: "NOT_FOUND", message: "Membership not found" });
  return prisma.$transaction(async (tx) => {
    const membership = await tx.networkMembership.findFirst({
      where: { networkId, personId, leftAt: null },
      select: { id: true, role: true },
    });
    if (!membership) throw new DomainError({ code: "NOT_FOUND", message: "Membership not found" });
    const leftAt = new Date();
    await tx.networkMembership.update({ where: { id: membership.id }, data: { leftAt } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "network.left",
      entityType: "NetworkMembership",
      entityId: membership.id,
      before: { leftAt: null },
      after: { leftAt: leftAt.toISOString() },
    });
  });
}
