import { CHART } from "@/components/scoring/scale-strip";
import { TableScroller } from "@/components/scoring/table-scroller";
import { formatNumber } from "@/lib/governance/governance-rules";
import { MATURITY_LEVELS, TOPICS, topicLabel } from "@/lib/governance/topics";
import { maturityStyle } from "./maturity";

export type TrendPoint = {
  periodName: string;
  overall: number | null;
  ratings: (number | null)[];
};

const HEIGHT = 160;
const TOP = 16;
const BOTTOM = 28;

function y(value: number): number {
  // 1 at the bottom, 4 at the top.
  return TOP + ((4 - value) / 3) * (HEIGHT - TOP - BOTTOM);
}

function x(index: number, count: number): string {
  const fraction = count === 1 ? 0.5 : index / (count - 1);
  return `${(12 + fraction * 76).toFixed(2)}%`;
}

/**
 * A footprint's overall maturity period by period, as a small line chart (the levels as
 * gridlines, each point labelled with its figure), followed by the same data and every topic's
 * rating as a table, which is what a screen reader reads.
 */
export function TrendChart({
  footprintName,
  points,
}: {
  footprintName: string;
  points: TrendPoint[];
}) {
  const plotted = points
    .map((point, index) => ({ ...point, index }))
    .filter((point): point is typeof point & { overall: number } => point.overall !== null);
  const summary = plotted
    .map((point) => `${point.periodName}: ${formatNumber(point.overall)}`)
    .join("; ");
  return (
    <div className="mb-nhs-5">
      <svg
        role="img"
        aria-label={`${footprintName}'s overall maturity by period. ${summary}.`}
        width="100%"
        height={HEIGHT}
        className="mb-nhs-3 block border border-nhs-border bg-white"
      >
        <title>{`${footprintName}'s overall maturity by period. ${summary}.`}</title>
        {MATURITY_LEVELS.map((level) => (
          <g key={level.value}>
            <line
              x1="8%"
              x2="96%"
              y1={y(level.value)}
              y2={y(level.value)}
              stroke={CHART.gridline}
              strokeWidth="1"
            />
            <text x="2%" y={y(level.value) + 5} fontSize="14" fill={CHART.grey}>
              {level.value}
            </text>
          </g>
        ))}
        {plotted.slice(1).map((point, k) => {
          const from = plotted[k]!;
          return (
            <line
              key={point.index}
              x1={x(from.index, points.length)}
              x2={x(point.index, points.length)}
              y1={y(from.overall)}
              y2={y(point.overall)}
              stroke={CHART.blue}
              strokeWidth="3"
            />
          );
        })}
        {plotted.map((point) => (
          <g key={point.index}>
            <circle
              cx={x(point.index, points.length)}
              cy={y(point.overall)}
              r="6"
              fill={CHART.blue}
              stroke="#fff"
              strokeWidth="2"
            />
            <text
              x={x(point.index, points.length)}
              y={y(point.overall) - 10}
              fontSize="14"
              fontWeight="bold"
              textAnchor="middle"
              fill={CHART.text}
            >
              {formatNumber(point.overall)}
            </text>
          </g>
        ))}
        {points.map((point, index) => (
          <text
            key={point.periodName}
            x={x(index, points.length)}
            y={HEIGHT - 8}
            fontSize="14"
            textAnchor="middle"
            fill={CHART.text}
          >
            {point.periodName}
          </text>
        ))}
      </svg>
      <TableScroller label={`${footprintName}'s ratings by period`}>
        <table className="w-full border-collapse bg-white text-nhs-16">
          <caption className="mb-nhs-2 text-left text-nhs-19 font-bold">Ratings by period</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-nhs-grey-3 p-nhs-2 text-left">
                Topic
              </th>
              {points.map((point) => (
                <th
                  key={point.periodName}
                  scope="col"
                  className="border-b-2 border-nhs-grey-3 p-nhs-2 text-center"
                >
                  {point.periodName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className="border-b border-nhs-border p-nhs-2 text-left">
                Overall maturity
              </th>
              {points.map((point) => (
                <td
                  key={point.periodName}
                  className="border-b border-nhs-border p-nhs-2 text-center font-bold"
                >
                  {point.overall === null ? "–" : formatNumber(point.overall)}
                </td>
              ))}
            </tr>
            {TOPICS.map((topic, index) => (
              <tr key={topic.key}>
                <th
                  scope="row"
                  className="border-b border-nhs-border p-nhs-2 text-left font-normal"
                >
                  {topicLabel(topic)}
                </th>
                {points.map((point) => {
                  const rating = point.ratings[index] ?? null;
                  return (
                    <td
                      key={point.periodName}
                      className={`border border-white p-nhs-2 text-center font-bold ${maturityStyle(rating)}`}
                    >
                      {rating ?? "–"}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
    </div>
  );
}
