import "server-only";
import { prisma } from "../db/prisma";
import type { FootprintKind } from "../generated/prisma/enums";

/** Footprints of one kind (or all), grouped by region, for the public list. Public data: no actor needed. */
export async function listFootprints({ kind }: { kind?: FootprintKind }) {
  const [regions, footprints] = await Promise.all([
    prisma.region.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.footprint.findMany({
      where: kind ? { kind } : {},
      orderBy: [{ name: "asc" }],
      select: {
        id: true,
        kind: true,
        name: true,
        odsCode: true,
        onsCode: true,
        regionId: true,
        parent: { select: { name: true } },
        _count: { select: { networks: true, organisations: true } },
      },
    }),
  ]);
  return regions.map((region) => ({
    ...region,
    footprints: footprints.filter((f) => f.regionId === region.id),
  }));
}
