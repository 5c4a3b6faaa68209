import "server-only";
import { prisma } from "../db/prisma";
import type { NetworkStatus } from "../generated/prisma/enums";

/** Every network, with its footprint and current member count. Public. */
export async function listNetworks({ status }: { status?: NetworkStatus } = {}) {
  return prisma.network.findMany({
    where: status ? { status } : {},
    orderBy: [{ footprint: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      status: true,
      purpose: true,
      footprint: {
        select: { id: true, name: true, kind: true, region: { select: { name: true } } },
      },
      _count: { select: { memberships: { where: { leftAt: null } } } },
    },
  });
}
