import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";

/** The networks of the actor's footprints with requests to join waiting, and how many. */
export async function listPendingRequests({ actor }: { actor: Actor }) {
  if (!actor.boardFootprintIds.length) return [];
  return prisma.network.findMany({
    where: {
      footprintId: { in: [...actor.boardFootprintIds] },
      joinRequests: { some: { status: "PENDING" } },
    },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      _count: { select: { joinRequests: { where: { status: "PENDING" } } } },
    },
  });
}
