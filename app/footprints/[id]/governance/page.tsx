import type { Metadata } from "next";
import Link from "next/link";
import { ActionsTable } from "@/components/governance/actions-table";
import { RatingLabel } from "@/components/governance/maturity";
import { TrendChart } from "@/components/governance/trend-chart";
import { Caption, PageWidth } from "@/components/layout/page";
import { ActionForm } from "@/components/ui/action-form";
import { InsetText } from "@/components/ui/inset-text";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { getActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { formatUkDateTime } from "@/lib/format/dates";
import { getFootprintGovernance } from "@/lib/governance/get-footprint-governance";
import { describeChange, formatNumber } from "@/lib/governance/governance-rules";
import { topicLabel } from "@/lib/governance/topics";
import { startAssessmentAction } from "@/app/governance/actions";

export const metadata: Metadata = { title: "A footprint's governance" };
export const dynamic = "force-dynamic";

export default async function FootprintGovernancePage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const actor = await getActor();
  const view = await orNotFound(getFootprintGovernance({ actor, footprintId: id }));
  const { footprint, latest, openPeriod } = view;
  return (
    <PageWidth>
      <p>
        <Link href={`/footprints/${footprint.id}`}>{footprint.name}</Link> ·{" "}
        <Link href={`/governance?region=${footprint.region.id}`}>
          Governance in {footprint.region.name}
        </Link>
      </p>
      <Caption>Governance self-assessment</Caption>
      <h1>{footprint.name}</h1>

      {openPeriod ? (
        <InsetText>
          <h2 className="mt-0 text-nhs-22">{openPeriod.name}</h2>
          {openPeriod.assessment ? (
            <p>
              Your footprint&apos;s assessment is{" "}
              {openPeriod.assessment.status === "DRAFT" ? "a draft" : "submitted"}.{" "}
              <Link href={`/governance/assessments/${openPeriod.assessment.id}`}>
                {openPeriod.assessment.status === "DRAFT" && openPeriod.takesAnswers
                  ? `Carry on with the ${openPeriod.name} assessment`
                  : `See the ${openPeriod.name} assessment`}
              </Link>
            </p>
          ) : openPeriod.takesAnswers ? (
            <>
              <p>
                Rate the footprint against the 15 topics by{" "}
                <strong>{formatUkDateTime(openPeriod.closesAt)}</strong>.
              </p>
              <ActionForm
                action={startAssessmentAction}
                fields={{ footprintId: footprint.id }}
                label={`Start the ${openPeriod.name} assessment`}
              />
            </>
          ) : (
            <p className="m-0">The deadline has passed: no more assessments can be started.</p>
          )}
        </InsetText>
      ) : null}

      <h2>Latest assessment</h2>
      {latest ? (
        <p>
          <Link href={`/governance/assessments/${latest.id}`}>{latest.period.name}</Link>: overall
          maturity <strong>{latest.overall === null ? "–" : formatNumber(latest.overall)}</strong>{" "}
          out of 4. {latest.published ? null : <Tag colour="yellow">Not published</Tag>}
        </p>
      ) : (
        <p>No assessment of this footprint has been published yet.</p>
      )}

      {view.trend.length ? (
        <>
          <h2>Trend</h2>
          <TrendChart
            footprintName={footprint.name}
            points={view.trend.map((t) => ({
              periodName: t.period.name,
              overall: t.overall,
              ratings: t.ratings,
            }))}
          />
        </>
      ) : null}

      {latest && view.comparison.length ? (
        <>
          <h2>Compared with {footprint.region.name}</h2>
          <p>
            {view.peerCount
              ? `Against the median of the ${view.peerCount} other footprint${view.peerCount === 1 ? "" : "s"} in the region with an assessment you can see in ${latest.period.name}.`
              : `No other footprint in the region has an assessment you can see in ${latest.period.name}.`}
          </p>
          <Table
            caption={`${footprint.name} and its region, ${latest.period.name}`}
            captionClassName="text-nhs-19"
            head={["Topic", footprint.name, "Regional median", "Difference"]}
            rows={view.comparison.map((row) => {
              const difference =
                row.rating !== null && row.peerMedian !== null ? row.rating - row.peerMedian : null;
              return [
                topicLabel(row.topic),
                <RatingLabel key="rating" rating={row.rating} />,
                row.peerMedian === null ? "–" : formatNumber(row.peerMedian),
                difference === null
                  ? "–"
                  : difference === 0
                    ? "The same"
                    : `${describeChange(difference).replace(/^up/, "Above by").replace(/^down/, "Below by")}`,
              ];
            })}
          />
        </>
      ) : null}

      <h2 id="actions">Open actions</h2>
      {view.openActions.length ? (
        <ActionsTable
          caption={`Actions not yet done (${view.openActions.length})`}
          actions={view.openActions.map((action) => ({
            ...action,
            extra: (
              <Link href={`/governance/assessments/${action.assessmentId}#actions`}>
                {action.periodName}
              </Link>
            ),
          }))}
          extraHeading="Assessment"
        />
      ) : (
        <p>No open actions.</p>
      )}
      <p>
        <Link href="/governance">The national dashboard</Link>
      </p>
    </PageWidth>
  );
}
