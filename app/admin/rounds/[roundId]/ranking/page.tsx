import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { AssessorDistributionChart } from "@/components/scoring/assessor-distribution-chart";
import { BidAgreementChart } from "@/components/scoring/bid-agreement-chart";
import { ErrorSummary } from "@/components/ui/error-summary";
import { InsetText } from "@/components/ui/inset-text";
import { SuccessNotice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { ROUND_STATE_TAGS } from "@/lib/format/labels";
import { formatScore, plural } from "@/lib/format/scores";
import { loadRankingData } from "@/lib/scoring/load-ranking-data";
import { rankBids } from "@/lib/scoring/rank-bids";
import { RANKING_SHOWS, RANKING_SORTS, ZRankingView } from "@/lib/scoring/sort-ranking";
import {
  listWeights,
  parseWhatIfWeights,
  savedWeights,
  weightParam,
} from "@/lib/scoring/what-if-weights";
import { WhatIf } from "./what-if";

export const metadata: Metadata = { title: "Ranking" };
export const dynamic = "force-dynamic";

/**
 * A round's ranking for programme admins: every bid's weighted and normalised totals, the spread
 * between its assessors and the moderation flag (DESIGN.md, "Rules that matter", Scoring), with
 * what-if weights, pictures of assessor agreement and CSV downloads. Filter, sort and weights are
 * query parameters of one GET form, so all of it works without JavaScript.
 */
export default async function RankingPage({
  params,
  searchParams,
}: {
  params: Promise<{ roundId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { roundId } = await params;
  const query = await searchParams;
  const actor = await requireRole(["PROGRAMME_ADMIN"], {
    returnTo: `/admin/rounds/${roundId}/ranking`,
  });
  const data = await orNotFound(loadRankingData({ actor, roundId }));
  const { round, criteria } = data;

  const regions = [...new Map(data.bids.map((b) => [b.regionId, b.regionName]))]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  const parsedView = ZRankingView.parse(query);
  const view = regions.some((r) => r.id === parsedView.region)
    ? parsedView
    : { ...parsedView, region: "" };
  const whatIf = parseWhatIfWeights({ params: query, criteria });
  const weightErrors = criteria.flatMap((c) =>
    whatIf.errors[c.id] ? [{ href: `#${weightParam(c.id)}`, message: whatIf.errors[c.id]! }] : [],
  );

  // The pictures use the weights in the address; the table beside them re-ranks in the browser.
  const ranking = rankBids({
    bids: data.input,
    weights: whatIf.weights,
    threshold: round.threshold,
  });
  const names = new Map(data.assessors.map((a) => [a.id, a.name]));
  const nameOf = (id: string) => names.get(id) ?? "Unknown assessor";
  const titles = new Map(data.bids.map((b) => [b.bidId, b.title]));
  const counted = ranking.bids.reduce((n, b) => n + b.reviewCount, 0);
  const ignored = ranking.bids.reduce((n, b) => n + b.ignoredReviews, 0);
  const outstanding = data.bids.reduce((n, b) => n + b.outstanding, 0);
  const overdue = data.bids.reduce((n, b) => n + b.overdue, 0);
  const canSave = !data.decisionsExist && round.state !== "DECIDED" && round.state !== "PUBLISHED";
  const picturesUse = whatIf.whatIf
    ? `the what-if weights ${listWeights(whatIf.weights)}`
    : `the saved weights, ${listWeights(savedWeights(criteria))}`;

  return (
    <PageWidth>
      <p>
        <Link href={`/admin/rounds/${round.id}`}>Back to the round</Link>
      </p>
      <Caption>{round.title}</Caption>
      <h1>Ranking</h1>
      {query.saved === "weights" ? (
        <SuccessNotice>The weights are saved. The ranking below uses them.</SuccessNotice>
      ) : null}
      <ErrorSummary errors={weightErrors} />

      <SummaryList
        rows={[
          {
            key: "Round",
            value: (
              <Tag colour={ROUND_STATE_TAGS[round.state].colour}>
                {ROUND_STATE_TAGS[round.state].label}
              </Tag>
            ),
          },
          { key: "Bids", value: `${data.bids.length} submitted` },
          {
            key: "Reviews",
            value: (
              <>
                {counted} count towards the ranking.{" "}
                {outstanding === 0
                  ? "None outstanding."
                  : `${outstanding} outstanding${overdue ? `, ${overdue} of them overdue` : ""}.`}
                {data.voided > 0 ? (
                  <span className="block">
                    {plural(data.voided, "submitted review")} {data.voided === 1 ? "does" : "do"}{" "}
                    not count: the assessor has a conflict of interest with the bid.
                  </span>
                ) : null}
                {ignored > 0 ? (
                  <span className="block">
                    {plural(ignored, "submitted review")} {ignored === 1 ? "is" : "are"} left out
                    for want of a score on a weighted criterion.
                  </span>
                ) : null}
              </>
            ),
          },
        ]}
      />

      <InsetText>
        <p className="mb-nhs-3">
          A bid is flagged for moderation when its assessors&apos; weighted totals differ by more
          than <strong>{formatScore(round.threshold)} points</strong>, the round&apos;s disagreement
          threshold. Scores are on a scale of {round.scale.low} to {round.scale.high}.
        </p>
        <p className="m-0">
          The weighted total is each assessor&apos;s scores combined by the weights, averaged over
          the bid&apos;s assessors. The normalised total corrects for hard and soft markers: each
          assessor&apos;s totals are rescaled to the spread and average of the whole round before
          they are averaged.
        </p>
      </InsetText>

      {data.decisionsExist ? (
        <p className="font-bold">
          Weights are fixed: decisions have been recorded on the ranking they produced. You can
          still try other weights here, but they cannot be saved.
        </p>
      ) : null}

      <h2>Bids in order</h2>
      <WhatIf
        // Drawn afresh when the server's weights change (after a save, say), not kept from before.
        key={`${round.version}:${JSON.stringify(whatIf.values)}`}
        roundId={round.id}
        version={round.version}
        criteria={criteria}
        initialValues={whatIf.values}
        input={data.input.map((bid) => ({
          bidId: bid.bidId,
          reviews: bid.reviews.map((r) => ({
            ...r,
            submittedAt: new Date(r.submittedAt).toISOString(),
            dueAt: r.dueAt === null ? null : new Date(r.dueAt).toISOString(),
          })),
        }))}
        bids={data.bids.map((b) => ({
          bidId: b.bidId,
          title: b.title,
          footprintName: b.footprintName,
          regionId: b.regionId,
          regionName: b.regionName,
          amountRequestedPence: b.amountRequestedPence,
          outstanding: b.outstanding,
          overdue: b.overdue,
        }))}
        threshold={round.threshold}
        requiredReviews={round.assessorsPerBid}
        view={view}
        regionName={regions.find((r) => r.id === view.region)?.name ?? null}
        canSave={canSave}
      >
        <Select
          id="show"
          name="show"
          label="Show"
          defaultValue={view.show}
          options={Object.entries(RANKING_SHOWS).map(([value, label]) => ({ value, label }))}
        />
        <Select
          id="region"
          name="region"
          label="Region"
          defaultValue={view.region}
          options={[
            { value: "", label: "All regions" },
            ...regions.map((r) => ({ value: r.id, label: r.name })),
          ]}
        />
        <Select
          id="sort"
          name="sort"
          label="Sort by"
          defaultValue={view.sort}
          options={Object.entries(RANKING_SORTS).map(([value, label]) => ({ value, label }))}
        />
      </WhatIf>

      <h2>Do the assessors agree?</h2>
      <p>
        Each row is a bid, in rank order, drawn with {picturesUse}. Press &lsquo;Update the
        ranking&rsquo; to redraw these with other weights.
      </p>
      <BidAgreementChart
        bids={ranking.bids.map((b) => ({
          bidId: b.bidId,
          title: titles.get(b.bidId) ?? b.bidId,
          rank: b.rank,
          mean: b.total,
          spread: b.spread,
          flagged: b.flagged,
          totals: b.assessorTotals.map((t) => ({ assessor: nameOf(t.assessorId), total: t.total })),
        }))}
        scale={round.scale}
        threshold={round.threshold}
      />

      <h2>How each assessor marks</h2>
      <p>
        Each row is an assessor&apos;s weighted totals across the bids they reviewed, with{" "}
        {picturesUse}. A strip left of the dashed line marks harder than the round as a whole; one
        to the right, softer. Who reviewed which bids matters too: an assessor given weaker bids
        will look harder than they are.
      </p>
      <AssessorDistributionChart
        assessors={ranking.assessors
          .map((a) => ({
            id: a.assessorId,
            name: nameOf(a.assessorId),
            count: a.count,
            mean: a.mean,
            sd: a.sd,
            min: a.min,
            max: a.max,
            totals: a.totals.map((t) => t.total).sort((x, y) => x - y),
            leniency: a.leniency,
            correction: a.correction,
          }))
          .sort((x, y) => x.name.localeCompare(y.name, "en-GB"))}
        overall={ranking.overall}
        scale={round.scale}
      />
    </PageWidth>
  );
}
