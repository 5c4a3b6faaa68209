import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { actionOwnersOf } from "./action-owners";
import { assessmentEditableBy, notFound } from "./governance-access";

/** The people who may own an action of this assessment's footprint, for the owner select. */
export async function listActionOwners({
  actor,
  assessmentId,
  now = new Date(),
}: {
  actor: Actor;
  assessmentId: string;
  now?: Date;
}): Promise<{ id: string; name: string }[]> {
  const assessment = await prisma.governanceAssessment.findFirst({
    where: { AND: [{ id: assessmentId }, assessmentEditableBy(actor)] },
    select: { footprintId: true },
  });
  if (!assessment) throw notFound();
  return prisma.user.findMany({
    where: actionOwnersOf({ footprintId: assessment.footprintId, now }),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 300,
    select: { id: true, name: true },
  });
}
