import type { Metadata } from "next";
import Link from "next/link";
import { GovernanceGrid } from "@/components/governance/governance-grid";
import { MaturityKey } from "@/components/governance/maturity";
import { TopicSummaries } from "@/components/governance/topic-summaries";
import { PageWidth } from "@/components/layout/page";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { getActor } from "@/lib/auth/session";
import { firstValues } from "@/lib/footprints/footprint-filter";
import { formatUkDateTime } from "@/lib/format/dates";
import { dashboardQuery, ZDashboardFilter } from "@/lib/governance/dashboard-filter";
import { getDashboard } from "@/lib/governance/get-dashboard";
import { TOPICS, TOPIC_GROUPS, topicLabel } from "@/lib/governance/topics";

export const metadata: Metadata = { title: "Governance across footprints" };
export const dynamic = "force-dynamic";

export default async function GovernanceDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filter = ZDashboardFilter.parse(firstValues(await searchParams));
  const actor = await getActor();
  const dashboard = await getDashboard({ actor, filter });
  const { period } = dashboard;
  const regionName = dashboard.regions.find((r) => r.id === filter.region)?.name;
  const seesUnpublished = dashboard.groups.some((g) => g.rows.some((row) => !row.published));
  const shown = { ...filter, period: period?.id ?? "" };

  return (
    <PageWidth>
      <h1>Governance across footprints</h1>
      <p className="text-nhs-22">
        Each footprint rates its own governance against the eight principles of whole-system working
        and the seven questions non-executives should keep asking, on a scale from 1 (not in place)
        to 4 (embedded), with its evidence and the actions it will take.
      </p>
      <p>
        Only assessments their footprint has published are shown to everyone.
        {seesUnpublished
          ? " The rows marked draft or not published are seen only by their own footprint and the programme team."
          : null}
      </p>

      {period ? (
        <>
          <form
            method="get"
            action="/governance"
            aria-label="Filter the dashboard"
            className="mb-nhs-4"
          >
            <div className="flex flex-wrap items-end gap-x-nhs-3">
              <Select
                id="period"
                name="period"
                label="Period"
                defaultValue={period.id}
                options={dashboard.periods.map((p) => ({ value: p.id, label: p.name }))}
              />
              <Select
                id="region"
                name="region"
                label="Region"
                defaultValue={filter.region}
                options={[
                  { value: "", label: "All regions" },
                  ...dashboard.regions.map((r) => ({ value: r.id, label: r.name })),
                ]}
              />
              <Select
                id="kind"
                name="kind"
                label="Kind"
                defaultValue={filter.kind}
                options={[
                  { value: "ALL", label: "All footprints" },
                  { value: "ICS", label: "Integrated care systems" },
                  { value: "STP", label: "STPs" },
                  { value: "ICP", label: "Integrated care partnerships" },
                ]}
              />
              <Select
                id="sort"
                name="sort"
                label="Sort within each region by"
                defaultValue={filter.sort}
                options={[
                  { value: "name", label: "Footprint name" },
                  { value: "overall", label: "Overall maturity, highest first" },
                  ...TOPICS.map((topic) => ({
                    value: topic.slug,
                    label: `${topicLabel(topic)}, highest first`,
                  })),
                ]}
              />
            </div>
            <Button variant="secondary">Apply</Button>
          </form>

          <p aria-live="polite">
            <strong>{dashboard.rowCount}</strong> footprint{dashboard.rowCount === 1 ? "" : "s"} in{" "}
            {period.name}
            {regionName ? `, ${regionName}` : ""}. The deadline{" "}
            {period.state === "OPEN" ? "is" : "was"} {formatUkDateTime(period.closesAt)}
            {period.state === "OPEN" ? "; more may be published before then" : ""}.{" "}
            <a href={`/governance/grid.csv${dashboardQuery(shown)}`} download>
              Download the grid (CSV)
            </a>
          </p>

          <MaturityKey />

          {dashboard.groups.length ? (
            <GovernanceGrid periodName={period.name} groups={dashboard.groups} />
          ) : (
            <p>No assessments to show for this choice. Try another period, region or kind.</p>
          )}

          <TopicSummaries
            periodName={period.name}
            topics={dashboard.topics}
            regions={dashboard.regions}
          />
        </>
      ) : (
        <p>No assessment period has been opened yet.</p>
      )}

      <h2>What each topic asks</h2>
      {TOPIC_GROUPS.map((group) => (
        <section key={group.group} aria-labelledby={`about-${group.group}`}>
          <h3 id={`about-${group.group}`}>{group.title}</h3>
          <dl className="text-nhs-16">
            {TOPICS.filter((t) => t.group === group.group).map((topic) => (
              <div key={topic.key} className="mb-nhs-3">
                <dt className="font-bold">{topicLabel(topic)}</dt>
                <dd className="m-0">
                  {topic.wording} {topic.explanation}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p>
        <Link href="/footprints">Find a footprint</Link> to see its own assessments, trend and
        actions.
      </p>
    </PageWidth>
  );
}
