"use client";

import { useMemo, useState, type ReactNode } from "react";
import { RankingTable } from "@/components/scoring/ranking-table";
import { Button } from "@/components/ui/button";
import { Hint } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";
import { plural } from "@/lib/format/scores";
import { rankBids, type BidInput, type CriterionWeight } from "@/lib/scoring/rank-bids";
import {
  filterRanking,
  RANKING_SHOWS,
  RANKING_SORTS,
  rankMovement,
  sortRanking,
  toRankingRows,
  viewQuery,
  type BidMeta,
  type RankingView,
} from "@/lib/scoring/sort-ranking";
import {
  listWeights,
  parseWhatIfWeights,
  savedWeights,
  weightParam,
  weightQuery,
  type WhatIfCriterion,
} from "@/lib/scoring/what-if-weights";
import { SaveWeightsForm } from "./save-weights-form";

/**
 * The ranking with what-if weights. Without JavaScript the weights are fields of the page's GET
 * form and the server renders this with the weights from the address. With it, every change
 * re-ranks at once through the same pure rankBids, and the table says how far each bid moved
 * from its rank under the saved weights. The first render uses the server's weights, so the page
 * does not change when JavaScript starts.
 */
export function WhatIf({
  roundId,
  version,
  criteria,
  initialValues,
  input,
  bids,
  threshold,
  requiredReviews,
  view,
  regionName,
  canSave,
  children,
}: {
  roundId: string;
  version: number;
  criteria: WhatIfCriterion[];
  /** Criterion id → the weight field's text, as the server read it from the address. */
  initialValues: Record<string, string>;
  input: BidInput[];
  bids: BidMeta[];
  threshold: number;
  requiredReviews: number;
  view: RankingView;
  regionName: string | null;
  canSave: boolean;
  /** The GET form's other fields (filter and sort), rendered by the page. */
  children: ReactNode;
}) {
  const read = (values: Record<string, string>) =>
    parseWhatIfWeights({
      params: Object.fromEntries(criteria.map((c) => [weightParam(c.id), values[c.id]])),
      criteria,
    });
  const [values, setValues] = useState(initialValues);
  // While a field is being retyped (empty, or 0 on the way to 05) the last good weights stand,
  // rather than the table jumping back to the saved ones at every keystroke.
  const [weights, setWeights] = useState<CriterionWeight[]>(() => read(initialValues).weights);
  const { errors } = read(values);
  const hasErrors = Object.keys(errors).length > 0;

  const saved = useMemo(() => savedWeights(criteria), [criteria]);
  const whatIf = weightQuery({ weights, criteria }).length > 0;
  const savedRanks = useMemo(() => {
    const { bids: ranked } = rankBids({ bids: input, weights: saved, threshold });
    return new Map(ranked.map((b) => [b.bidId, b.rank]));
  }, [input, saved, threshold]);
  const rows = useMemo(() => {
    const { bids: ranked } = rankBids({ bids: input, weights, threshold });
    return toRankingRows({ ranked, bids, savedRanks });
  }, [input, weights, threshold, bids, savedRanks]);
  const shown = sortRanking({
    rows: filterRanking({ rows, show: view.show, region: view.region, requiredReviews }),
    sort: view.sort,
  });
  const moved = rows.filter(
    (r) => (rankMovement({ before: r.savedRank, after: r.rank }) ?? 0) !== 0,
  );

  const base = `/admin/rounds/${encodeURIComponent(roundId)}`;
  const savedHref = withQuery(`${base}/ranking`, viewQuery(view));
  const csvHref = withQuery(`${base}/ranking.csv`, weightQuery({ weights, criteria }));

  const onChange = (criterionId: string, text: string) => {
    const next = { ...values, [criterionId]: text };
    setValues(next);
    const result = read(next);
    if (Object.keys(result.errors).length === 0) setWeights(result.weights);
  };

  return (
    <>
      <form method="get" noValidate className="mb-nhs-4">
        <div className="flex flex-wrap items-end gap-x-nhs-4">{children}</div>
        <fieldset
          aria-describedby="weights-hint"
          className="mb-nhs-3 border-0 border-l-4 border-nhs-grey-4 p-0 pl-nhs-3"
        >
          <legend className="mb-nhs-2 text-nhs-19 font-bold">What-if weights</legend>
          <Hint id="weights">Weights are relative: 35, 35 and 30 is the same as 7, 7 and 6</Hint>
          <div className="flex flex-wrap gap-x-nhs-4">
            {criteria.map((c) => (
              <TextInput
                key={c.id}
                id={weightParam(c.id)}
                name={weightParam(c.id)}
                label={c.name}
                labelClassName="font-bold"
                hint={`Saved weight: ${c.weight}`}
                error={errors[c.id]}
                inputMode="numeric"
                autoComplete="off"
                width={5}
                value={values[c.id] ?? ""}
                onChange={(event) => onChange(c.id, event.target.value)}
              />
            ))}
          </div>
        </fieldset>
        <Button variant="secondary">Update the ranking</Button>
      </form>

      <div
        className={
          whatIf ? "mb-nhs-5 border-l-8 border-nhs-warm-yellow bg-white p-nhs-4" : "mb-nhs-4"
        }
      >
        <p role="status" className={whatIf ? "mb-nhs-3" : "mb-0"}>
          {whatIf ? (
            <>
              <strong>What-if: not saved.</strong> Ranked with weights {listWeights(weights)}{" "}
              instead of the saved {listWeights(saved)}.{" "}
              {moved.length === 0
                ? "No bid has moved."
                : `${moved.length === 1 ? "1 bid has" : `${moved.length} bids have`} moved.`}
            </>
          ) : (
            <>Ranked with the saved weights: {listWeights(saved)}.</>
          )}
          {hasErrors ? " Correct the weights above to try them." : null}
        </p>
        {whatIf ? (
          <>
            <p className={canSave ? "" : "mb-0"}>
              {/* A full page load, so the fields are reset too. */}
              <a href={savedHref}>Back to the saved weights</a>
            </p>
            <SaveWeightsForm
              roundId={roundId}
              version={version}
              weights={weights}
              view={view}
              canSave={canSave && !hasErrors}
            />
          </>
        ) : null}
      </div>

      {shown.length > 0 ? (
        <RankingTable
          rows={shown}
          caption={caption({ shown: shown.length, total: rows.length, view, regionName })}
          sort={view.sort}
          requiredReviews={requiredReviews}
          showMovement={whatIf}
        />
      ) : rows.length === 0 ? (
        <p>No bids have been submitted to this round.</p>
      ) : (
        <p>
          No bids match. Choose &lsquo;All bids&rsquo; and &lsquo;All regions&rsquo; to see every
          bid.
        </p>
      )}

      <ul className="list-none p-0">
        <li className="mb-nhs-2">
          <a href={csvHref} download>
            Download the ranking as CSV{whatIf ? " (with these what-if weights)" : ""}
          </a>
        </li>
        <li>
          <a href={`${base}/reviews.csv`} download>
            Download every review as CSV
          </a>
        </li>
      </ul>
    </>
  );
}

function withQuery(path: string, entries: [string, string][]): string {
  const query = new URLSearchParams(entries).toString();
  return query ? `${path}?${query}` : path;
}

function caption({
  shown,
  total,
  view,
  regionName,
}: {
  shown: number;
  total: number;
  view: RankingView;
  regionName: string | null;
}): string {
  const count = shown === total ? plural(total, "bid") : `${shown} of ${plural(total, "bid")}`;
  const filters = [
    view.show !== "all" ? RANKING_SHOWS[view.show].toLowerCase() : null,
    regionName ? `in ${regionName}` : null,
  ].filter(Boolean);
  return `Ranking: ${count}${filters.length ? ` (${filters.join(", ")})` : ""}, by ${RANKING_SORTS[view.sort].toLowerCase()}`;
}
