import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import type { NetworkInput } from "./network-schema";

function fields(input: NetworkInput) {
  return {
    name: input.name,
    purpose: input.purpose,
    function: input.function,
    model: input.model,
    howToJoin: input.howToJoin,
    status: input.status,
  };
}

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

/** A board admin edits a network of one of their footprints, refusing a stale form. Audited. */
export async function updateNetwork({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: NetworkInput;
}) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.network.findFirst({
      where: { id, footprintId: { in: [...actor.boardFootprintIds] } },
    });
    if (!before) throw new DomainError({ code: "NOT_FOUND", message: "Network not found" });
    const updated = await tx.network.updateMany({
      where: { id, version: input.version ?? before.version },
      data: { ...fields(input), version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw new DomainError({
        code: "STALE_WRITE",
        message: "This network was changed elsewhere since you opened it. Check it and save again.",
      });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "network.updated",
      entityType: "Network",
      entityId: id,
      before: fields({ ...before, footprintId: before.footprintId }),
      after: fields(input),
    });
    return { id };
  });
}

/** A network as its board admin edits it, or "not found" for anyone else. */
export async function getNetworkForEdit({ actor, id }: { actor: Actor; id: string }) {
  const network = await prisma.network.findFirst({
    where: { id, footprintId: { in: [...actor.boardFootprintIds] } },
    select: {
      id: true,
      name: true,
      purpose: true,
      function: true,
      model: true,
      howToJoin: true,
      status: true,
      version: true,
      footprintId: true,
      footprint: { select: { name: true } },
    },
  });
  if (!network) throw new DomainError({ code: "NOT_FOUND", message: "Network not found" });
  return network;
}

/** The footprints the actor administers, for the "create a network" form. */
export async function listAdministeredFootprints({ actor }: { actor: Actor }) {
  return prisma.footprint.findMany({
    where: { id: { in: [...actor.boardFootprintIds] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
