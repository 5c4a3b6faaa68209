import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { bidEditableBy } from "./bid-access";
import { roundTakesBids } from "./bid-rules";

/**
 * The bids the actor writes, and where they could start one: each round taking bids at `now`,
 * with the footprints where the actor holds a current appointment and that have no live bid in it.
 */
export async function listMyBids({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  const bids = await prisma.bid.findMany({
    where: bidEditableBy(actor),
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      state: true,
      leadUserId: true,
      submittedAt: true,
      footprint: { select: { name: true } },
      round: { select: { title: true, closesAt: true } },
    },
  });
  const rounds = (
    await prisma.fundingRound.findMany({
      where: { state: "OPEN", closesAt: { gt: now } },
      orderBy: { closesAt: "asc" },
      select: { id: true, slug: true, title: true, state: true, opensAt: true, closesAt: true },
    })
  ).filter((round) => roundTakesBids({ ...round, now }) === "open");
  const footprints = actor.personId
    ? await prisma.footprint.findMany({
        where: {
          organisations: {
            some: {
              organisation: {
                appointments: {
                  some: {
                    personId: actor.personId,
                    startsOn: { lte: now },
                    OR: [{ endsOn: null }, { endsOn: { gte: now } }],
                  },
                },
              },
            },
          },
        },
        orderBy: [{ kind: "asc" }, { name: "asc" }],
        select: {
          id: true,
          name: true,
          kind: true,
          bids: { where: { state: { not: "WITHDRAWN" } }, select: { roundId: true } },
        },
      })
    : [];
  return {
    bids,
    startable: rounds.map((round) => ({
      round,
      footprints: footprints
        .filter((f) => !f.bids.some((b) => b.roundId === round.id))
        .map(({ id, name, kind }) => ({ id, name, kind })),
    })),
  };
}
