import "server-only";
import { prisma } from "../db/prisma";
import { footprintNetworkStatus } from "../networks/network-status";

/**
 * The 42 ICSs grouped by region, each with the status of its most advanced network (its own or one
 * of its ICPs'), for the tile grid on /footprints. Two queries whatever the number of footprints.
 */
export async function getFootprintMap() {
  const [regions, systems] = await Promise.all([
    prisma.region.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.footprint.findMany({
      where: { kind: "ICS" },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        regionId: true,
        networks: { select: { status: true } },
        children: { select: { networks: { select: { status: true } } } },
      },
    }),
  ]);
  return regions
    .map((region) => ({
      ...region,
      systems: systems
        .filter((system) => system.regionId === region.id)
        .map((system) => ({
          id: system.id,
          name: system.name,
          status: footprintNetworkStatus([
            ...system.networks.map((n) => n.status),
            ...system.children.flatMap((child) => child.networks.map((n) => n.status)),
          ]),
        })),
    }))
    .filter((region) => region.systems.length > 0);
}
