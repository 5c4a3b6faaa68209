import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";

/** The footprints the actor administers, for the "create a network" form. */
export async function listAdministeredFootprints({ actor }: { actor: Actor }) {
  return prisma.footprint.findMany({
    where: { id: { in: [...actor.boardFootprintIds] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
