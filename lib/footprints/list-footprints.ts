import "server-only";
import { prisma } from "../db/prisma";
import type { Prisma } from "../generated/prisma/client";
import { type FootprintFilter, paginate } from "./footprint-filter";

/**
 * One page of footprints, filtered by kind, region and name. Public data: no actor needed. A fixed
 * number of queries whatever the page holds (the count, the page with its relations, the regions).
 */
export async function listFootprints({ filter }: { filter: FootprintFilter }) {
  const where: Prisma.FootprintWhereInput = {
    ...(filter.kind !== "ALL" ? { kind: filter.kind } : {}),
    ...(filter.region ? { regionId: filter.region } : {}),
    // ILIKE on the name, answered by the trigram index Footprint_name_trgm.
    ...(filter.q ? { name: { contains: filter.q, mode: "insensitive" as const } } : {}),
  };
  const [total, regions] = await Promise.all([
    prisma.footprint.count({ where }),
    prisma.region.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const page = paginate({ total, page: filter.page });
  const footprints = await prisma.footprint.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: page.skip,
    take: page.take,
    select: {
      id: true,
      kind: true,
      name: true,
      odsCode: true,
      onsCode: true,
      region: { select: { id: true, name: true } },
      parent: { select: { id: true, name: true } },
      _count: { select: { networks: true, organisations: true } },
    },
  });
  return { footprints, total, page, regions };
}
