import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";

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
