import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { Prisma } from "../generated/prisma/client";

/** A member asks to join a network. One pending request at a time (a database rule). Audited. */
export async function requestToJoin({
  actor,
  networkId,
  message,
}: {
  actor: Actor;
  networkId: string;
  message: string;
}) {
  const personId = actor.personId;
  if (!personId)
    throw new DomainError({ code: "FORBIDDEN", message: "You need a profile to join a network" });
  try {
    return await prisma.$transaction(async (tx) => {
      const network = await tx.network.findUnique({
        where: { id: networkId },
        select: { id: true, status: true },
      });
      if (!network) throw new DomainError({ code: "NOT_FOUND", message: "Network not found" });
      if (network.status === "CLOSED")
        throw new DomainError({ code: "INVALID_STATE", message: "This network has closed" });
      const member = await tx.networkMembership.findFirst({
        where: { networkId, personId, leftAt: null },
        select: { id: true },
      });
      if (member)
        throw new DomainError({
          code: "ALREADY_EXISTS",
          message: "You are already a member of this network",
        });
      const request = await tx.networkJoinRequest.create({
        data: { networkId, personId, message },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "network.join_requested",
        entityType: "NetworkJoinRequest",
        entityId: request.id,
        after: { networkId, personId, message },
      });
      return request;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new DomainError({
        code: "ALREADY_EXISTS",
        message: "You have already asked to join this network",
      });
    throw error;
  }
}
