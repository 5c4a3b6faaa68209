import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { requireProgrammeAdmin } from "./governance-access";

/** Every period for the programme admins' page, newest first, with its assessments by state. */
export async function listPeriods({ actor }: { actor: Actor }) {
  requireProgrammeAdmin(actor);
  const [periods, counts] = await Promise.all([
    prisma.governancePeriod.findMany({
      orderBy: [{ closesAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        closesAt: true,
        state: true,
        openedAt: true,
        closedAt: true,
        version: true,
      },
    }),
    prisma.governanceAssessment.groupBy({
      by: ["periodId", "status"],
      _count: { _all: true },
    }),
  ]);
  // Published ones are counted apart: they are a subset of the submitted.
  const published = await prisma.governanceAssessment.groupBy({
    by: ["periodId"],
    where: { status: "SUBMITTED", publishedAt: { not: null } },
    _count: { _all: true },
  });
  return periods.map((period) => {
    const of = (status: "DRAFT" | "SUBMITTED") =>
      counts.find((c) => c.periodId === period.id && c.status === status)?._count._all ?? 0;
    return {
      ...period,
      drafts: of("DRAFT"),
      submitted: of("SUBMITTED"),
      published: published.find((p) => p.periodId === period.id)?._count._all ?? 0,
    };
  });
}
