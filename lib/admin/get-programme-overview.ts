import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";

/** The programme admin's start page: rounds with their bids by state, the directory's size, recent activity. */
export async function getProgrammeOverview({ actor }: { actor: Actor }) {
  if (!actor.roles.has("PROGRAMME_ADMIN"))
    throw new Error("getProgrammeOverview needs a programme admin");
  const [rounds, bidCounts, users, people, networks, recentEvents] = await Promise.all([
    prisma.fundingRound.findMany({
      orderBy: { opensAt: "desc" },
      select: {
        id: true,
        title: true,
        state: true,
        closesAt: true,
        pilotPlaces: true,
        budgetPence: true,
      },
    }),
    prisma.bid.groupBy({ by: ["roundId", "state"], _count: { _all: true } }),
    prisma.user.count({ where: { disabledAt: null } }),
    prisma.person.count(),
    prisma.network.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.auditEvent.findMany({
      orderBy: { createdAt: "desc" },
      take: 10,
      select: {
        id: true,
        action: true,
        entityType: true,
        createdAt: true,
        actor: { select: { name: true } },
      },
    }),
  ]);
  return {
    rounds: rounds.map((round) => ({
      ...round,
      bidsByState: Object.fromEntries(
        bidCounts.filter((c) => c.roundId === round.id).map((c) => [c.state, c._count._all]),
      ) as Partial<Record<string, number>>,
    })),
    users,
    people,
    networksByStatus: Object.fromEntries(networks.map((n) => [n.status, n._count._all])) as Partial<
      Record<string, number>
    >,
    recentEvents,
  };
}
