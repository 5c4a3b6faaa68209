import { describe, expect, it } from "vitest";
import { buildDashboard, type DashboardAssessment } from "@/lib/governance/build-dashboard";
import { dashboardCsvRows } from "@/lib/governance/dashboard-csv";
import { dashboardQuery, ZDashboardFilter } from "@/lib/governance/dashboard-filter";
import {
  describeChange,
  distribution,
  formatNumber,
  isOverdue,
  median,
  overallMaturity,
  periodWindow,
  submissionProblems,
  topicStatus,
} from "@/lib/governance/governance-rules";
import { nextTopic, TOPICS, topicBySlug } from "@/lib/governance/topics";
import { toCsv } from "@/lib/csv/to-csv";

const deadline = new Date("2027-01-29T17:00:00Z");

describe("the topics and the scale", () => {
  it("are the eight principles and the seven questions, each with its own slug", () => {
    expect(TOPICS.filter((t) => t.group === "principle")).toHaveLength(8);
    expect(TOPICS.filter((t) => t.group === "question")).toHaveLength(7);
    expect(new Set(TOPICS.map((t) => t.slug)).size).toBe(15);
    expect(topicBySlug("clinical-voice")?.key).toBe("Q_CLINICAL_VOICE");
    expect(nextTopic("SHARED_RISKS_AND_BENEFITS")?.key).toBe("Q_ACCOUNTABILITY");
    expect(nextTopic("Q_AUDIT_AND_ASSURANCE")).toBeNull();
  });
});

describe("governance rules", () => {
  it.each([
    [{ state: "OPEN", closesAt: deadline }, new Date("2027-01-29T16:59:59Z"), "open"],
    [{ state: "OPEN", closesAt: deadline }, deadline, "past-deadline"],
    [{ state: "CLOSED", closesAt: deadline }, new Date("2026-01-01"), "closed"],
  ] as const)("period %o at %s is %s", (period, now, expected) => {
    expect(periodWindow({ period, now })).toBe(expected);
  });

  it("needs a rating and evidence for every topic before submission", () => {
    const complete = TOPICS.map((t) => ({ topic: t.key, rating: 2, evidence: "Shown" }));
    expect(submissionProblems(complete)).toEqual([]);
    const gaps = complete.map((a, i) =>
      i === 0 ? { ...a, rating: null } : i === 1 ? { ...a, evidence: "  " } : a,
    );
    expect(submissionProblems(gaps).map((p) => p.field)).toEqual([
      "shared-purpose-rating",
      "clinical-leadership-evidence",
    ]);
    expect(submissionProblems([])).toHaveLength(30);
  });

  it.each([
    [{ rating: 3, evidence: "x" }, "Completed"],
    [{ rating: 3, evidence: " " }, "In progress"],
    [{ rating: null, evidence: "x" }, "In progress"],
    [{ rating: null, evidence: "" }, "Not started"],
  ] as const)("topic %o is %s", (answer, status) => {
    expect(topicStatus(answer)).toBe(status);
  });

  it.each([
    ["2026-11-30", "IN_PROGRESS", true],
    ["2026-11-30", "DONE", false],
    ["2026-12-01", "NOT_STARTED", false],
    ["2026-12-02", "NOT_STARTED", false],
  ] as const)("an action due %s and %s is overdue on 1 December: %s", (due, status, overdue) => {
    expect(isOverdue({ dueOn: new Date(due), status, today: new Date("2026-12-01") })).toBe(
      overdue,
    );
  });

  it("summarises ratings", () => {
    expect(overallMaturity([1, 2, null, 4])).toBeCloseTo(7 / 3);
    expect(overallMaturity([null])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(distribution([1, 1, 4, 3, 7])).toEqual({ 1: 2, 2: 0, 3: 1, 4: 1 });
    expect(describeChange(1)).toBe("up 1");
    expect(describeChange(-0.3)).toBe("down 0.3");
    expect(describeChange(0)).toBe("no change");
    expect(formatNumber(2.6666)).toBe("2.7");
    expect(formatNumber(3)).toBe("3");
  });
});

function assessment(
  id: string,
  periodId: string,
  footprint: { id: string; name: string; kind?: "ICS" | "ICP"; regionId: string },
  ratings: (number | null)[] | number,
  status: "DRAFT" | "SUBMITTED" = "SUBMITTED",
): DashboardAssessment {
  return {
    id,
    periodId,
    status,
    publishedAt: status === "SUBMITTED" ? new Date() : null,
    footprint: { kind: "ICS", ...footprint },
    ratings: TOPICS.map((t, i) => ({
      topic: t.key,
      rating: typeof ratings === "number" ? ratings : (ratings[i] ?? null),
    })),
  };
}

describe("the dashboard", () => {
  const periods = [
    { id: "p1", name: "2025/26 autumn", closesAt: new Date("2025-12-12"), state: "CLOSED" },
    { id: "p2", name: "2026/27 autumn", closesAt: new Date("2027-01-29"), state: "OPEN" },
    { id: "p0", name: "2024/25 autumn", closesAt: new Date("2024-12-12"), state: "CLOSED" },
  ];
  const regions = [
    { id: "r2", name: "South East" },
    { id: "r1", name: "London" },
  ];
  const a = { id: "fa", name: "Alpha", regionId: "r1" };
  const b = { id: "fb", name: "Bravo", regionId: "r1" };
  const c = { id: "fc", name: "Charlie", regionId: "r2", kind: "ICP" as const };
  const assessments = [
    assessment("a0", "p0", a, 1),
    assessment("a1", "p1", a, 2),
    assessment("a2", "p2", a, 3),
    assessment("b0", "p0", b, 4),
    assessment("b2", "p2", b, [4, 1]),
    assessment("c2", "p2", c, 2, "DRAFT"),
  ];

  it("defaults to the latest period, compares with each footprint's latest earlier one, groups by region", () => {
    const d = buildDashboard({ periods, regions, assessments, filter: ZDashboardFilter.parse({}) });
    expect(d.period?.id).toBe("p2");
    expect(d.periods.map((p) => p.id)).toEqual(["p2", "p1", "p0"]);
    expect(d.groups.map((g) => g.region.name)).toEqual(["London", "South East"]);
    const [alpha, bravo] = d.groups[0]!.rows;
    expect(alpha!.previousPeriodName).toBe("2025/26 autumn");
    expect(alpha!.cells[0]).toMatchObject({ rating: 3, previous: 2, change: 1 });
    expect(alpha!.overallChange).toBe(1);
    // Bravo skipped a period: its previous is the one before.
    expect(bravo!.previousPeriodName).toBe("2024/25 autumn");
    expect(bravo!.cells[1]).toMatchObject({ rating: 1, change: -3 });
    expect(bravo!.cells[2]).toMatchObject({ rating: null, change: null });
    // The draft is shown, marked, and counts in no summary.
    expect(d.groups[1]!.rows[0]).toMatchObject({ status: "DRAFT", published: false });
    expect(d.topics[0]!.distribution).toEqual({ 1: 0, 2: 0, 3: 1, 4: 1 });
    expect(d.topics[0]!.regionMedians).toEqual([
      { regionId: "r1", median: 3.5, count: 2 },
      { regionId: "r2", median: null, count: 0 },
    ]);
  });

  it("filters by region, kind and period, and sorts within a region, highest first", () => {
    const byTopic = buildDashboard({
      periods,
      regions,
      assessments,
      filter: ZDashboardFilter.parse({ sort: "shared-purpose", region: "r1" }),
    });
    expect(byTopic.groups.map((g) => g.region.id)).toEqual(["r1"]);
    expect(byTopic.groups[0]!.rows.map((r) => r.footprintName)).toEqual(["Bravo", "Alpha"]);
    const overall = buildDashboard({
      periods,
      regions,
      assessments,
      filter: ZDashboardFilter.parse({ sort: "overall" }),
    });
    expect(overall.groups[0]!.rows.map((r) => r.footprintName)).toEqual(["Alpha", "Bravo"]);
    const icps = buildDashboard({
      periods,
      regions,
      assessments,
      filter: ZDashboardFilter.parse({ kind: "ICP" }),
    });
    expect(icps.rowCount).toBe(1);
    const past = buildDashboard({
      periods,
      regions,
      assessments,
      filter: ZDashboardFilter.parse({ period: "p1" }),
    });
    expect(past.rowCount).toBe(1);
    expect(past.groups[0]!.rows[0]!.cells[0]!.change).toBe(1);
  });

  it("reads a hand-edited query string as the defaults", () => {
    expect(
      ZDashboardFilter.parse({ kind: "XYZ", sort: "nonsense", period: "<x>", region: ["a", "b"] }),
    ).toEqual({
      period: "",
      region: "",
      kind: "ALL",
      sort: "name",
    });
    expect(dashboardQuery({ period: "p2", region: "", kind: "ALL", sort: "overall" })).toBe(
      "?period=p2&sort=overall",
    );
  });

  it("gives the grid as CSV, with changes as numbers", () => {
    const d = buildDashboard({ periods, regions, assessments, filter: ZDashboardFilter.parse({}) });
    const rows = dashboardCsvRows(d);
    expect(rows).toHaveLength(4);
    expect(rows[0]!.slice(0, 3)).toEqual(["Region", "Footprint", "Kind"]);
    const bravo = rows.find((r) => r[1] === "Bravo")!;
    expect(bravo[4]).toBe("Published");
    expect(bravo[8]).toBe(4);
    expect(bravo[11]).toBe(-3);
    expect(toCsv([bravo])).not.toContain("'-");
  });
});
