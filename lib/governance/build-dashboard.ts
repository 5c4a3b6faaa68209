/**
 * The national dashboard from plain rows: each footprint's assessment in the chosen period beside
 * its previous one, overall maturity, the change, and per topic the national distribution and each
 * region's median. Pure, so the grid, its CSV and the tests share one calculation.
 */
import type { GovernanceTopic } from "../generated/prisma/enums";
import type { DashboardFilter } from "./dashboard-filter";
import { distribution, median, overallMaturity, ratingChange } from "./governance-rules";
import { TOPICS, type MaturityLevel } from "./topics";

export type DashboardPeriod = { id: string; name: string; closesAt: Date; state: string };
export type DashboardRegion = { id: string; name: string };
export type DashboardAssessment = {
  id: string;
  periodId: string;
  status: "DRAFT" | "SUBMITTED";
  publishedAt: Date | null;
  footprint: { id: string; name: string; kind: "ICS" | "STP" | "ICP"; regionId: string };
  ratings: { topic: GovernanceTopic; rating: number | null }[];
};

export type DashboardCell = {
  topic: GovernanceTopic;
  rating: number | null;
  previous: number | null;
  change: number | null;
};

export type DashboardRow = {
  assessmentId: string;
  footprintId: string;
  footprintName: string;
  kind: "ICS" | "STP" | "ICP";
  regionId: string;
  status: "DRAFT" | "SUBMITTED";
  published: boolean;
  overall: number | null;
  overallChange: number | null;
  previousPeriodName: string | null;
  cells: DashboardCell[];
};

export type TopicSummary = {
  topic: GovernanceTopic;
  distribution: Record<MaturityLevel, number>;
  rated: number;
  regionMedians: { regionId: string; median: number | null; count: number }[];
};

export type Dashboard = {
  periods: DashboardPeriod[];
  period: DashboardPeriod | null;
  regions: DashboardRegion[];
  groups: { region: DashboardRegion; rows: DashboardRow[] }[];
  rowCount: number;
  topics: TopicSummary[];
};

function ratingsOf(assessment: DashboardAssessment): Map<GovernanceTopic, number | null> {
  return new Map(assessment.ratings.map((r) => [r.topic, r.rating]));
}

export function buildDashboard({
  periods,
  regions,
  assessments,
  filter,
}: {
  /** Every period, any order. */
  periods: DashboardPeriod[];
  regions: DashboardRegion[];
  /** The assessments the actor may read in the chosen period and every earlier one. */
  assessments: DashboardAssessment[];
  filter: DashboardFilter;
}): Dashboard {
  const ordered = [...periods].sort((a, b) => b.closesAt.getTime() - a.closesAt.getTime());
  const period = ordered.find((p) => p.id === filter.period) ?? ordered[0] ?? null;
  const sortedRegions = [...regions].sort((a, b) => a.name.localeCompare(b.name));
  if (!period)
    return {
      periods: ordered,
      period,
      regions: sortedRegions,
      groups: [],
      rowCount: 0,
      topics: [],
    };
  const rank = new Map(ordered.map((p, index) => [p.id, index]));
  const periodName = new Map(ordered.map((p) => [p.id, p.name]));
  const here = rank.get(period.id)!;

  // Each footprint's latest earlier submitted assessment is its "previous period".
  const previous = new Map<string, DashboardAssessment>();
  for (const a of assessments) {
    const r = rank.get(a.periodId);
    if (r === undefined || r <= here || a.status !== "SUBMITTED") continue;
    const best = previous.get(a.footprint.id);
    if (!best || rank.get(best.periodId)! > r) previous.set(a.footprint.id, a);
  }

  const current = assessments.filter(
    (a) => a.periodId === period.id && (filter.kind === "ALL" || a.footprint.kind === filter.kind),
  );
  const rows: DashboardRow[] = current.map((a) => {
    const mine = ratingsOf(a);
    const before = previous.get(a.footprint.id);
    const theirs = before ? ratingsOf(before) : null;
    const cells = TOPICS.map((topic) => {
      const rating = mine.get(topic.key) ?? null;
      const prior = theirs?.get(topic.key) ?? null;
      return { topic: topic.key, rating, previous: prior, change: ratingChange(rating, prior) };
    });
    const overall = overallMaturity(cells.map((c) => c.rating));
    const priorOverall = theirs ? overallMaturity([...theirs.values()]) : null;
    return {
      assessmentId: a.id,
      footprintId: a.footprint.id,
      footprintName: a.footprint.name,
      kind: a.footprint.kind,
      regionId: a.footprint.regionId,
      status: a.status,
      published: a.status === "SUBMITTED" && a.publishedAt !== null,
      overall,
      overallChange:
        overall !== null && priorOverall !== null
          ? Math.round((overall - priorOverall) * 10) / 10
          : null,
      previousPeriodName: before ? (periodName.get(before.periodId) ?? null) : null,
      cells,
    };
  });

  // Summaries count submitted assessments only: a draft's ratings are still moving.
  const submitted = rows.filter((row) => row.status === "SUBMITTED");
  const topics: TopicSummary[] = TOPICS.map((topic, index) => {
    const values = (list: DashboardRow[]) =>
      list.map((row) => row.cells[index]!.rating).filter((v): v is number => v !== null);
    const national = values(submitted);
    return {
      topic: topic.key,
      distribution: distribution(national),
      rated: national.length,
      regionMedians: sortedRegions.map((region) => {
        const inRegion = values(submitted.filter((row) => row.regionId === region.id));
        return { regionId: region.id, median: median(inRegion), count: inRegion.length };
      }),
    };
  });

  const sortKey = sortValue(filter.sort);
  const byName = (a: DashboardRow, b: DashboardRow) =>
    a.footprintName.localeCompare(b.footprintName);
  const groups = sortedRegions
    .filter((region) => !filter.region || region.id === filter.region)
    .map((region) => ({
      region,
      rows: rows
        .filter((row) => row.regionId === region.id)
        .sort((a, b) => {
          if (!sortKey) return byName(a, b);
          // Highest first; the unrated last; ties by name.
          const x = sortKey(a) ?? -1;
          const y = sortKey(b) ?? -1;
          return y - x || byName(a, b);
        }),
    }))
    .filter((group) => group.rows.length > 0);
  return {
    periods: ordered,
    period,
    regions: sortedRegions,
    groups,
    rowCount: groups.reduce((n, g) => n + g.rows.length, 0),
    topics,
  };
}

function sortValue(sort: DashboardFilter["sort"]): ((row: DashboardRow) => number | null) | null {
  if (sort === "name") return null;
  if (sort === "overall") return (row) => row.overall;
  const index = TOPICS.findIndex((topic) => topic.slug === sort);
  if (index < 0) return null;
  return (row) => row.cells[index]!.rating;
}
