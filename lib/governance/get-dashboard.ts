import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { buildDashboard, type Dashboard } from "./build-dashboard";
import type { DashboardFilter } from "./dashboard-filter";
import { assessmentReadableBy } from "./governance-access";

/**
 * The national dashboard for the actor: published assessments for everyone, and those the actor
 * may read besides (their own footprints'; every one for programme admins). A fixed number of
 * queries whatever the number of footprints and periods: the periods, the regions, then the
 * readable assessments of the chosen period and the earlier ones with their footprints and
 * ratings (tests/integration/query-counts.test.ts).
 */
export async function getDashboard({
  actor,
  filter,
}: {
  actor: Actor | null;
  filter: DashboardFilter;
}): Promise<Dashboard> {
  const [periods, regions] = await Promise.all([
    prisma.governancePeriod.findMany({
      orderBy: [{ closesAt: "desc" }, { id: "asc" }],
      select: { id: true, name: true, closesAt: true, state: true },
    }),
    prisma.region.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const chosen = periods.find((p) => p.id === filter.period) ?? periods[0];
  const assessments = chosen
    ? await prisma.governanceAssessment.findMany({
        where: {
          AND: [
            assessmentReadableBy(actor),
            { period: { closesAt: { lte: chosen.closesAt } } },
            filter.kind === "ALL" ? {} : { footprint: { kind: filter.kind } },
          ],
        },
        select: {
          id: true,
          periodId: true,
          status: true,
          publishedAt: true,
          footprint: { select: { id: true, name: true, kind: true, regionId: true } },
          ratings: { select: { topic: true, rating: true } },
        },
      })
    : [];
  return buildDashboard({ periods, regions, assessments, filter });
}
