import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";

/**
 * For a board admin, each of their footprints with its workstreams and seats and how many have a
 * current non-executive lead. Scoped on the server to the footprints they administer.
 */
export async function getBoardOverview({ actor }: { actor: Actor }) {
  const footprints = await prisma.footprint.findMany({
    where: { id: { in: [...actor.boardFootprintIds] } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      kind: true,
      leadCap: true,
      workstreams: {
        where: { status: { not: "CLOSED" } },
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          status: true,
          assignments: {
            where: { endsOn: null, role: "LEAD" },
            select: { person: { select: { givenName: true, familyName: true } } },
          },
        },
      },
      boardSeats: {
        where: { status: "ACTIVE" },
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          assignments: {
            where: { endsOn: null },
            select: { person: { select: { givenName: true, familyName: true } } },
          },
        },
      },
    },
  });
  return footprints.map((footprint) => {
    const covered =
      footprint.workstreams.filter((w) => w.assignments.length > 0).length +
      footprint.boardSeats.filter((s) => s.assignments.length > 0).length;
    const total = footprint.workstreams.length + footprint.boardSeats.length;
    return { ...footprint, covered, total };
  });
}
