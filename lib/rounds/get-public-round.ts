import "server-only";
import { prisma } from "../db/prisma";

/** A round as the public sees it: any round but a draft, by its slug; null otherwise. */
export async function getPublicRound({ slug }: { slug: string }) {
  return prisma.fundingRound.findFirst({
    where: { slug, state: { not: "DRAFT" } },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      eligibility: true,
      opensAt: true,
      closesAt: true,
      budgetPence: true,
      pilotPlaces: true,
      assessorsPerBid: true,
      state: true,
      publishedAt: true,
      criteria: {
        orderBy: { position: "asc" },
        select: { id: true, name: true, guidance: true, weight: true },
      },
      scalePoints: {
        orderBy: { value: "asc" },
        select: { value: true, label: true, descriptor: true },
      },
    },
  });
}
