import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";

/** What a member sees first: their appointments, networks, assignments and bids. Only their own. */
export async function getMemberOverview({ actor }: { actor: Actor }) {
  const today = new Date();
  const [person, bids, notifications] = await Promise.all([
    actor.personId
      ? prisma.person.findUnique({
          where: { id: actor.personId },
          select: {
            givenName: true,
            familyName: true,
            appointments: {
              where: { OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
              orderBy: { startsOn: "desc" },
              select: {
                id: true,
                role: true,
                title: true,
                startsOn: true,
                organisation: {
                  select: {
                    name: true,
                    footprints: {
                      select: { footprint: { select: { id: true, name: true, kind: true } } },
                    },
                  },
                },
              },
            },
            networkMemberships: {
              where: { leftAt: null },
              select: {
                id: true,
                role: true,
                network: { select: { id: true, name: true, status: true } },
              },
            },
          },
        })
      : null,
    prisma.bid.findMany({
      where: { OR: [{ leadUserId: actor.id }, { coAuthors: { some: { userId: actor.id } } }] },
      orderBy: { updatedAt: "desc" },
      select: {
        id: true,
        title: true,
        state: true,
        leadUserId: true,
        footprint: { select: { name: true } },
        round: { select: { title: true, closesAt: true } },
      },
    }),
    prisma.notification.findMany({
      where: { userId: actor.id },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { id: true, title: true, body: true, createdAt: true, readAt: true, link: true },
    }),
  ]);
  return { person, bids, notifications };
}
