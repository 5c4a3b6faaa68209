import "server-only";
import { prisma } from "../db/prisma";
import type { Prisma } from "../generated/prisma/client";
import { dateOnly, ukDateString } from "../format/dates";
import type { Actor } from "../auth/load-actor";

/**
 * The directory entries an invitation may name: people without an account, and for a board
 * admin only people of their footprints (a current appointment at one of its organisations, or
 * a current member of one of its networks), so that nobody can hand an account over a stranger's
 * profile.
 */
export function invitablePeopleWhere({
  actor,
  footprintIds,
  now = new Date(),
}: {
  actor: Actor;
  /** Limit to these footprints; a board admin is always limited to their own. */
  footprintIds?: readonly string[];
  now?: Date;
}): Prisma.PersonWhereInput {
  const today = dateOnly(ukDateString(now));
  const scope = actor.roles.has("PROGRAMME_ADMIN")
    ? footprintIds
    : (footprintIds ?? actor.boardFootprintIds).filter((id) =>
        actor.boardFootprintIds.includes(id),
      );
  return {
    user: null,
    ...(scope
      ? {
          OR: [
            {
              appointments: {
                some: {
                  startsOn: { lte: today },
                  OR: [{ endsOn: null }, { endsOn: { gte: today } }],
                  organisation: { footprints: { some: { footprintId: { in: [...scope] } } } },
                },
              },
            },
            {
              networkMemberships: {
                some: { leftAt: null, network: { footprintId: { in: [...scope] } } },
              },
            },
          ],
        }
      : {}),
  };
}

/** People an invitation may name, matching `name`, for the invitation form (at most 25). */
export async function findInvitablePeople({
  actor,
  name,
}: {
  actor: Actor;
  name: string;
}): Promise<{ id: string; name: string; email: string | null }[]> {
  const words = name.trim().split(/\s+/).filter(Boolean).slice(0, 4);
  const people = await prisma.person.findMany({
    where: {
      AND: [
        invitablePeopleWhere({ actor }),
        ...words.map((word) => ({
          OR: [
            { givenName: { contains: word, mode: "insensitive" as const } },
            { familyName: { contains: word, mode: "insensitive" as const } },
          ],
        })),
      ],
    },
    orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
    take: 25,
    select: { id: true, givenName: true, familyName: true, email: true },
  });
  return people.map((p) => ({ id: p.id, name: `${p.givenName} ${p.familyName}`, email: p.email }));
}
