import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";

/**
 * The footprint's board admin approves or declines a pending request. A request for a network of
 * another footprint is "not found". Approving adds the membership in the same transaction; two
 * admins deciding at once cannot both win (the update is conditional on PENDING). Audited.
 */
export async function decideJoinRequest({
  actor,
  requestId,
  decision,
}: {
  actor: Actor;
  requestId: string;
  decision: "APPROVE" | "DECLINE";
}) {
  return prisma.$transaction(async (tx) => {
    const request = await tx.networkJoinRequest.findFirst({
      where: { id: requestId, network: { footprintId: { in: [...actor.boardFootprintIds] } } },
      select: { id: true, networkId: true, personId: true, status: true },
    });
    if (!request) throw new DomainError({ code: "NOT_FOUND", message: "Request not found" });
    const status = decision === "APPROVE" ? "APPROVED" : "DECLINED";
    const decided = await tx.networkJoinRequest.updateMany({
      where: { id: requestId, status: "PENDING" },
      data: { status, decidedAt: new Date(), decidedById: actor.id },
    });
    if (decided.count === 0)
      throw new DomainError({
        code: "INVALID_STATE",
        message: "This request has already been decided or withdrawn",
      });
    if (status === "APPROVED") {
      const existing = await tx.networkMembership.findFirst({
        where: { networkId: request.networkId, personId: request.personId, leftAt: null },
        select: { id: true },
      });
      if (!existing)
        await tx.networkMembership.create({
          data: { networkId: request.networkId, personId: request.personId },
        });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: status === "APPROVED" ? "network.join_approved" : "network.join_declined",
      entityType: "NetworkJoinRequest",
      entityId: requestId,
      before: { status: request.status },
      after: { status },
    });
    return { networkId: request.networkId, status };
  });
}
