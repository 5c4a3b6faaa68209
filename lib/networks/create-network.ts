import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { type NetworkInput, networkFields as fields } from "./network-schema";

/**
 * A board admin creates a network for one of their footprints. It covers the footprint's open
 * organisations. Any other footprint is "not found". Audited.
 */
export async function createNetwork({ actor, input }: { actor: Actor; input: NetworkInput }) {
  if (!actor.boardFootprintIds.includes(input.footprintId))
    throw new DomainError({
      code: "NOT_FOUND",
      message: "Footprint not found",
      field: "footprintId",
    });
  return prisma.$transaction(async (tx) => {
    const organisations = await tx.organisationFootprint.findMany({
      where: { footprintId: input.footprintId, organisation: { closedOn: null } },
      select: { organisationId: true },
    });
    const network = await tx.network.create({
      data: {
        footprintId: input.footprintId,
        ...fields(input),
        organisations: {
          create: organisations.map((o) => ({ organisationId: o.organisationId })),
        },
      },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "network.created",
      entityType: "Network",
      entityId: network.id,
      after: { footprintId: input.footprintId, ...fields(input) },
    });
    return network;
  });
}
