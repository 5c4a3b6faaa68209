import {
  describeLeniency,
  formatSigned,
  type LeniencyLabel,
} from "@/lib/scoring/describe-leniency";
import type { Correction } from "@/lib/scoring/rank-bids";
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

export type AssessorDistribution = {
  id: string;
  name: string;
  count: number;
  mean: number;
  sd: number;
  min: number;
  max: number;
  totals: number[];
  /** Their mean minus the round's mean. */
  leniency: number;
  correction: Correction;
};

const CORRECTIONS: Record<Correction, string> = {
  standardised: "Rescaled and shifted",
  centred: "Shifted only (all their totals are equal)",
  none: "None",
};

const LABEL_TEXT: Record<LeniencyLabel, string> = {
  "marks hard": "Marks hard",
  "marks soft": "Marks soft",
  "close to the average": "Close to the average",
  "too few to say": "Too few reviews to say",
};

/**
 * How each assessor marks: a strip per assessor with their weighted totals as dots, a line from
 * their lowest to their highest, their mean as a diamond, and a dashed line at the round's mean
 * running down every row, so a hard marker's strip sits to its left. The words beside each name
 * say the same, and the same data follows as a table.
 */
export function AssessorDistributionChart({
  assessors,
  overall,
  scale,
}: {
  assessors: readonly AssessorDistribution[];
  overall: { mean: number; sd: number };
  scale: { low: number; high: number };
}) {
  const stacks = assessors.map((a) => stackDots({ values: a.totals, ...scale }));
  const height = rowHeight(stacks);
  const mid = height / 2;
  const overallX = scaleX({ value: overall.mean, ...scale });
  const label = (a: AssessorDistribution) =>
    describeLeniency({ leniency: a.leniency, count: a.count, overallSd: overall.sd });
  if (assessors.length === 0) return <p>No reviews count yet, so there is nothing to draw.</p>;
  return (
    <div className="mb-nhs-5">
      <Legend
        items={[
          { mark: <Dot x="50%" y={10} />, text: "One review's weighted total" },
          {
            mark: <Diamond x="50%" y={10} />,
            text: "The assessor's mean",
          },
          {
            mark: <line x1="0" x2="28" y1="10" y2="10" stroke={CHART.grey} strokeWidth="2" />,
            text: "Lowest to highest",
          },
          {
            mark: (
              <line
                x1="14"
                x2="14"
                y1="0"
                y2="20"
                stroke={CHART.text}
                strokeWidth="2"
                strokeDasharray="4 3"
              />
            ),
            text: `Mean of every review: ${formatScore(overall.mean)}`,
          },
        ]}
      />
      <ScaleAxis {...scale} label="Weighted total" />
      <ul className="m-0 list-none border-t border-nhs-border bg-white p-0">
        {assessors.map((a, i) => (
          <li key={a.id} className={`${ROW_GRID} items-center border-b border-nhs-border px-nhs-2`}>
            <div className="py-nhs-1 text-nhs-16 leading-snug">
              <span className="font-bold">{a.name}</span>
              <span className="block text-nhs-secondary-text">
                {LABEL_TEXT[label(a)]}
                {a.count >= 2 ? ` (${formatSigned(a.leniency)})` : ""}
              </span>
            </div>
            <svg
              role="img"
              aria-label={describeAssessor(a, label(a), overall.mean)}
              width="100%"
              height={height}
            >
              <title>{describeAssessor(a, label(a), overall.mean)}</title>
              <Gridlines {...scale} />
              <line
                x1={overallX}
                x2={overallX}
                y1="0"
                y2="100%"
                stroke={CHART.text}
                strokeWidth="2"
                strokeDasharray="4 3"
              />
              <line
                x1={scaleX({ value: a.min, ...scale })}
                x2={scaleX({ value: a.max, ...scale })}
                y1={mid}
                y2={mid}
                stroke={CHART.grey}
                strokeWidth="2"
              />
              {a.totals.map((value, k) => (
                <Dot key={k} x={scaleX({ value, ...scale })} y={mid + stacks[i]![k]!} />
              ))}
              <Diamond x={scaleX({ value: a.mean, ...scale })} y={mid} />
            </svg>
          </li>
        ))}
      </ul>
      <details className="mt-nhs-3">
        <summary className="cursor-pointer text-nhs-blue underline">
          Show the data as a table
        </summary>
        <TableScroller label="Each assessor's weighted totals">
          <table className="mt-nhs-3 w-full border-collapse bg-white text-left text-nhs-16">
            <caption className="sr-only">Each assessor&apos;s weighted totals</caption>
            <thead>
              <tr>
                {[
                  "Assessor",
                  "Reviews",
                  "Lowest",
                  "Mean",
                  "Highest",
                  "Standard deviation",
                  "Against the round's mean",
                  "Correction in the normalised total",
                ].map((h) => (
                  <th key={h} scope="col" className="border-b-2 border-nhs-grey-3 p-nhs-2">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {assessors.map((a) => (
                <tr key={a.id}>
                  <th scope="row" className="border-b border-nhs-border p-nhs-2 font-normal">
                    {a.name}
                  </th>
                  <td className="border-b border-nhs-border p-nhs-2">{a.count}</td>
                  <td className="border-b border-nhs-border p-nhs-2">{formatScore(a.min)}</td>
                  <td className="border-b border-nhs-border p-nhs-2">{formatScore(a.mean)}</td>
                  <td className="border-b border-nhs-border p-nhs-2">{formatScore(a.max)}</td>
                  <td className="border-b border-nhs-border p-nhs-2">{formatScore(a.sd)}</td>
                  <td className="border-b border-nhs-border p-nhs-2">
                    {formatSigned(a.leniency)}: {label(a)}
                  </td>
                  <td className="border-b border-nhs-border p-nhs-2">
                    {CORRECTIONS[a.correction]}
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

function Diamond({ x, y }: { x: string; y: number }) {
  // A square turned 45°, drawn as a nested svg so it can sit at a percentage x.
  return (
    <svg x={x} y={y} overflow="visible">
      <rect x="-6" y="-6" width="12" height="12" fill={CHART.text} transform="rotate(45)" />
    </svg>
  );
}

function describeAssessor(a: AssessorDistribution, label: LeniencyLabel, overallMean: number) {
  const against =
    a.leniency === 0
      ? `the same as the round's mean of ${formatScore(overallMean)}`
      : `${formatScore(Math.abs(a.leniency))} ${a.leniency < 0 ? "below" : "above"} the round's mean of ${formatScore(overallMean)}`;
  return `${a.name}: ${plural(a.count, "review")}, weighted totals ${listScores(a.totals)}; mean ${formatScore(a.mean)}, ${against}: ${label}.`;
}
