import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";

/** Every round (drafts too), for programme admins only. */
export async function listRoundsForAdmin({ actor }: { actor: Actor }) {
  if (!actor.roles.has("PROGRAMME_ADMIN"))
    throw new DomainError({ code: "NOT_FOUND", message: "Not found" });
  return prisma.fundingRound.findMany({
    orderBy: { opensAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      state: true,
      opensAt: true,
      closesAt: true,
      _count: { select: { bids: true } },
    },
  });
}

export async function getRoundForAdmin({ actor, roundId }: { actor: Actor; roundId: string }) {
  if (!actor.roles.has("PROGRAMME_ADMIN"))
    throw new DomainError({ code: "NOT_FOUND", message: "Not found" });
  const round = await prisma.fundingRound.findUnique({
    where: { id: roundId },
    include: {
      criteria: { orderBy: { position: "asc" } },
      scalePoints: { orderBy: { value: "asc" } },
      _count: { select: { reviews: true, bids: true } },
    },
  });
  if (!round) throw new DomainError({ code: "NOT_FOUND", message: "Round not found" });
  return round;
}
