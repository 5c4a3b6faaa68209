import "server-only";
import { prisma } from "../db/prisma";

/**
 * The pilot sites of a published round, for everyone including signed-out visitors. Nothing is
 * read before publication: until then the decisions are the programme team's alone.
 */
export async function listPublishedPilots({ roundId }: { roundId: string }) {
  return prisma.bid.findMany({
    where: { roundId, state: "FUNDED", round: { state: "PUBLISHED" } },
    orderBy: { footprint: { name: "asc" } },
    select: {
      id: true,
      title: true,
      decision: { select: { amountAwardedPence: true } },
      footprint: {
        select: {
          id: true,
          name: true,
          kind: true,
          region: { select: { name: true } },
          networks: {
            where: { status: "PILOT" },
            orderBy: { name: "asc" },
            select: { id: true, name: true },
          },
        },
      },
    },
  });
}

export type PublishedPilot = Awaited<ReturnType<typeof listPublishedPilots>>[number];
