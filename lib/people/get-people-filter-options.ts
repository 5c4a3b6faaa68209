import "server-only";
import { prisma } from "../db/prisma";

/** The choices for the directory's filters. */
export async function getPeopleFilterOptions() {
  const [regions, footprints, skills, sectors] = await Promise.all([
    prisma.region.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.footprint.findMany({
      where: { kind: "ICS" },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    prisma.skill.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.sector.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { regions, footprints, skills, sectors };
}
