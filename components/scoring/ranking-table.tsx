import Link from "next/link";
import { Tag } from "@/components/ui/tag";
import { TableScroller } from "./table-scroller";
import { formatPence } from "@/lib/format/money";
import { formatScore, plural } from "@/lib/format/scores";
import {
  describeMovement,
  rankMovement,
  type RankingRow,
  type RankingSort,
} from "@/lib/scoring/sort-ranking";

type Column = {
  key: string;
  label: string;
  /** Said to screen readers after the label. */
  more?: string;
  numeric?: boolean;
  /** The sort that orders the table by this column, and its direction. */
  sort?: [RankingSort, "ascending" | "descending"];
};

const COLUMNS: Column[] = [
  { key: "rank", label: "Rank", numeric: true, sort: ["rank", "ascending"] },
  { key: "bid", label: "Bid", sort: ["title", "ascending"] },
  { key: "region", label: "Region", sort: ["region", "ascending"] },
  { key: "amount", label: "Amount asked", numeric: true, sort: ["amount", "descending"] },
  { key: "reviews", label: "Reviews counted", numeric: true },
  { key: "total", label: "Weighted total", numeric: true },
  {
    key: "normalised",
    label: "Normalised total",
    numeric: true,
    sort: ["normalised", "descending"],
  },
  { key: "spread", label: "Spread", numeric: true, sort: ["spread", "descending"] },
  { key: "late", label: "Late reviews", numeric: true },
];

const MOVEMENT: Column = { key: "movement", label: "Change", more: " against the saved weights" };

/**
 * The round's ranking as a table. Rendered by the what-if client component, on the server (with
 * the weights in the address) and again in the browser as weights change, so the two agree.
 * Movement says in words how far a what-if moved each bid from its rank under the saved weights.
 */
export function RankingTable({
  rows,
  caption,
  sort,
  requiredReviews,
  showMovement,
}: {
  rows: readonly RankingRow[];
  caption: string;
  sort: RankingSort;
  requiredReviews: number;
  showMovement: boolean;
}) {
  const columns = showMovement ? [...COLUMNS, MOVEMENT] : COLUMNS;
  const align = (column: Column) => (column.numeric ? "text-right" : "text-left");
  return (
    <TableScroller label={caption} className="mb-nhs-5">
      <table className="w-full border-collapse bg-white text-left text-nhs-16">
        <caption className="mb-nhs-3 text-left text-nhs-22 font-bold">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={column.sort?.[0] === sort ? column.sort[1] : undefined}
                className={`border-b-2 border-nhs-grey-3 p-nhs-2 align-bottom font-bold ${align(column)}`}
              >
                {column.label}
                {column.more ? <span className="sr-only">{column.more}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const movement = rankMovement({ before: row.savedRank, after: row.rank });
            const cell = "border-b border-nhs-border p-nhs-2 align-top";
            return (
              <tr key={row.bidId} className={row.flagged ? "bg-[#fdf1f0]" : undefined}>
                <td className={`${cell} text-right font-bold`}>{row.rank ?? "–"}</td>
                <th scope="row" className={`${cell} min-w-[11rem] text-left font-normal`}>
                  <Link href={`/bids/${row.bidId}`} className="font-bold">
                    {row.title}
                  </Link>
                  <span className="block text-nhs-secondary-text">{row.footprintName}</span>
                </th>
                <td className={cell}>{row.regionName}</td>
                <td className={`${cell} text-right`}>{formatPence(row.amountRequestedPence)}</td>
                <td className={`${cell} text-right`}>
                  {row.reviewCount} of {requiredReviews}
                  {row.outstanding > 0 ? (
                    <span className="block text-nhs-secondary-text">
                      {row.outstanding} outstanding
                      {row.overdue > 0 ? `, ${row.overdue} overdue` : ""}
                    </span>
                  ) : null}
                  {row.ignoredReviews > 0 ? (
                    <span className="block text-nhs-secondary-text">
                      {plural(row.ignoredReviews, "review")} missing a score
                    </span>
                  ) : null}
                </td>
                <td className={`${cell} text-right`}>{formatScore(row.total)}</td>
                <td className={`${cell} text-right`}>
                  {formatScore(row.normalisedTotal)}
                  {row.normalisedRank !== null ? (
                    <span className="block text-nhs-secondary-text">rank {row.normalisedRank}</span>
                  ) : null}
                </td>
                <td className={`${cell} text-right`}>
                  {formatScore(row.spread)}
                  {row.flagged ? (
                    <span className="block">
                      <Tag colour="red">Moderate</Tag>
                    </span>
                  ) : null}
                </td>
                <td className={`${cell} text-right`}>{row.lateReviews}</td>
                {showMovement ? (
                  <td className={`${cell} whitespace-nowrap`}>
                    <span aria-hidden="true">
                      {movement === null || movement === 0 ? "" : movement > 0 ? "▲ " : "▼ "}
                    </span>
                    {describeMovement(movement)}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroller>
  );
}
