import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { requireProgrammeAdmin } from "./governance-access";

/** One period for its edit form. */
export async function getPeriod({ actor, periodId }: { actor: Actor; periodId: string }) {
  requireProgrammeAdmin(actor);
  return prisma.governancePeriod.findUnique({
    where: { id: periodId },
    select: { id: true, name: true, closesAt: true, state: true, version: true },
  });
}
