import "server-only";
import { prisma } from "../db/prisma";

/**
 * The round the home page describes: the open one, else the next one to open, else the latest
 * published one. Draft rounds are never shown publicly.
 */
export async function getFeaturedRound() {
  const select = {
    id: true,
    slug: true,
    title: true,
    description: true,
    eligibility: true,
    opensAt: true,
    closesAt: true,
    budgetPence: true,
    pilotPlaces: true,
    state: true,
    criteria: {
      orderBy: { position: "asc" as const },
      select: { id: true, name: true, guidance: true, weight: true },
    },
    scalePoints: {
      orderBy: { value: "asc" as const },
      select: { value: true, label: true, descriptor: true },
    },
  };
  return (
    (await prisma.fundingRound.findFirst({
      where: { state: "OPEN" },
      orderBy: { closesAt: "asc" },
      select,
    })) ??
    (await prisma.fundingRound.findFirst({
      where: { state: { notIn: ["DRAFT"] } },
      orderBy: { opensAt: "desc" },
      select,
    }))
  );
}
