import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";

/** The signed-in member's own assignments, current first, then the most recent history. */
export async function listMyAssignments({ actor }: { actor: Actor }) {
  if (!actor.personId) return [];
  return prisma.assignment.findMany({
    where: { personId: actor.personId },
    orderBy: [{ endsOn: { sort: "desc", nulls: "first" } }, { startsOn: "desc" }],
    take: 30,
    select: {
      id: true,
      role: true,
      startsOn: true,
      endsOn: true,
      workstream: { select: { name: true, footprint: { select: { name: true } } } },
      boardSeat: { select: { name: true, footprint: { select: { name: true } } } },
    },
  });
}
