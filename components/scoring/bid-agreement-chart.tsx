import { Tag } from "@/components/ui/tag";
import { formatScore, listScores, plural } from "@/lib/format/scores";
import {
  CHART,
  Dot,
  Gridlines,
  Legend,
  ROW_GRID,
  rowHeight,
  ScaleAxis,
  scaleX,
  stackDots,
} from "./scale-strip";
import { TableScroller } from "./table-scroller";

export type BidAgreement = {
  bidId: string;
  title: string;
  rank: number | null;
  mean: number | null;
  spread: number | null;
  flagged: boolean;
  /** One per counted review, in the assessors' order. */
  totals: { assessor: string; total: number }[];
};

/**
 * Do a bid's assessors agree? One row per bid, in rank order: each assessor's weighted total as a
 * dot on the scale, the bid's mean as a bar, and a line from the lowest total to the highest,
 * red (and tagged "Moderate", so colour is not the only sign) where the spread is beyond the
 * round's threshold. The same data follows as a table.
 */
export function BidAgreementChart({
  bids,
  scale,
  threshold,
}: {
  bids: readonly BidAgreement[];
  scale: { low: number; high: number };
  threshold: number;
}) {
  const scored = bids.filter((b) => b.totals.length > 0);
  const unscored = bids.filter((b) => b.totals.length === 0);
  const stacks = scored.map((b) => stackDots({ values: b.totals.map((t) => t.total), ...scale }));
  const height = rowHeight(stacks);
  const mid = height / 2;
  return (
    <div className="mb-nhs-5">
      <Legend
        items={[
          { mark: <Dot x="50%" y={10} />, text: "One assessor's weighted total" },
          {
            mark: <rect x="12" y="1" width="4" height="18" fill={CHART.text} />,
            text: "The bid's mean",
          },
          {
            mark: <line x1="0" x2="28" y1="10" y2="10" stroke={CHART.blue} strokeWidth="3" />,
            text: `Spread within ${formatScore(threshold)}`,
          },
          {
            mark: <line x1="0" x2="28" y1="10" y2="10" stroke={CHART.red} strokeWidth="5" />,
            text: `Spread over ${formatScore(threshold)}: moderate`,
          },
        ]}
      />
      {scored.length > 0 ? (
        <>
          <ScaleAxis {...scale} label="Weighted total" />
          <ol className="m-0 list-none border-t border-nhs-border bg-white p-0">
            {scored.map((bid, i) => {
              const values = bid.totals.map((t) => t.total);
              const xs = values.map((value) => scaleX({ value, ...scale }));
              const low = Math.min(...values);
              const high = Math.max(...values);
              return (
                <li
                  key={bid.bidId}
                  className={`${ROW_GRID} items-center border-b border-nhs-border px-nhs-2 ${bid.flagged ? "bg-[#fdf1f0]" : ""}`}
                >
                  <div className="py-nhs-1 text-nhs-16 leading-snug">
                    <span className="font-bold">{bid.rank ?? "–"}.</span> {bid.title}
                    {bid.flagged ? (
                      <span className="ml-nhs-1">
                        <Tag colour="red">Moderate</Tag>
                      </span>
                    ) : null}
                  </div>
                  <svg role="img" aria-label={describeBid(bid)} width="100%" height={height}>
                    <title>{describeBid(bid)}</title>
                    <Gridlines {...scale} />
                    <line
                      x1={scaleX({ value: low, ...scale })}
                      x2={scaleX({ value: high, ...scale })}
                      y1={mid}
                      y2={mid}
                      stroke={bid.flagged ? CHART.red : CHART.blue}
                      strokeWidth={bid.flagged ? 5 : 3}
                    />
                    {bid.mean !== null ? (
                      <line
                        x1={scaleX({ value: bid.mean, ...scale })}
                        x2={scaleX({ value: bid.mean, ...scale })}
                        y1={mid - 11}
                        y2={mid + 11}
                        stroke={CHART.text}
                        strokeWidth="4"
                      />
                    ) : null}
                    {xs.map((x, k) => (
                      <Dot key={k} x={x} y={mid + stacks[i]![k]!} />
                    ))}
                  </svg>
                </li>
              );
            })}
          </ol>
        </>
      ) : (
        <p>No reviews count yet, so there is nothing to draw.</p>
      )}
      {unscored.length > 0 ? (
        <p className="mt-nhs-3 text-nhs-16">
          Not drawn, with no review counted yet: {unscored.map((b) => b.title).join("; ")}.
        </p>
      ) : null}
      <details className="mt-nhs-3">
        <summary className="cursor-pointer text-nhs-blue underline">
          Show the data as a table
        </summary>
        <TableScroller label="Each bid's weighted totals by assessor">
          <table className="mt-nhs-3 w-full border-collapse bg-white text-left text-nhs-16">
            <caption className="sr-only">Each bid&apos;s weighted totals by assessor</caption>
            <thead>
              <tr>
                {["Rank", "Bid", "Assessors' weighted totals", "Mean", "Spread", "Moderate"].map(
                  (h) => (
                    <th key={h} scope="col" className="border-b-2 border-nhs-grey-3 p-nhs-2">
                      {h}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {bids.map((bid) => (
                <tr key={bid.bidId}>
                  <td className="border-b border-nhs-border p-nhs-2">{bid.rank ?? "–"}</td>
                  <th scope="row" className="border-b border-nhs-border p-nhs-2 font-normal">
                    {bid.title}
                  </th>
                  <td className="border-b border-nhs-border p-nhs-2">
                    {bid.totals.length
                      ? bid.totals.map((t) => `${t.assessor}: ${formatScore(t.total)}`).join("; ")
                      : "None counted"}
                  </td>
                  <td className="border-b border-nhs-border p-nhs-2">{formatScore(bid.mean)}</td>
                  <td className="border-b border-nhs-border p-nhs-2">{formatScore(bid.spread)}</td>
                  <td className="border-b border-nhs-border p-nhs-2">
                    {bid.flagged ? "Yes" : "No"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      </details>
    </div>
  );
}

function describeBid(bid: BidAgreement): string {
  const values = bid.totals.map((t) => t.total);
  const parts = [
    `${bid.title}: ${plural(values.length, "assessor")}, weighted ${values.length === 1 ? "total" : "totals"} ${listScores(values)}`,
    `mean ${formatScore(bid.mean)}`,
  ];
  if (bid.spread !== null) parts.push(`spread ${formatScore(bid.spread)}`);
  return `${parts.join(", ")}${bid.flagged ? ": flagged for moderation" : ""}.`;
}
