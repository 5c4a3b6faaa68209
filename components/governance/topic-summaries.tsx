import { TableScroller } from "@/components/scoring/table-scroller";
import type { TopicSummary } from "@/lib/governance/build-dashboard";
import { formatNumber } from "@/lib/governance/governance-rules";
import { MATURITY_LEVELS, topicByKey, topicLabel } from "@/lib/governance/topics";
import { maturityStyle, MATURITY_STYLES } from "./maturity";

const TH = "border-b-2 border-nhs-grey-3 p-nhs-2 text-left align-bottom";
const TD = "border-b border-nhs-border p-nhs-2 align-middle";

/**
 * Beneath the grid, per topic: how the submitted ratings spread over the four levels nationally
 * (a bar of four parts, each part's count written in it, and the counts again as numbers), and
 * each region's median (coloured as the grid is, with the figure written).
 */
export function TopicSummaries({
  periodName,
  topics,
  regions,
}: {
  periodName: string;
  topics: TopicSummary[];
  regions: { id: string; name: string }[];
}) {
  return (
    <>
      <h2 id="distribution">How the ratings spread nationally</h2>
      <p>
        Submitted assessments you can see in {periodName}, whatever the region chosen above. Each
        bar is one topic&apos;s ratings, from not in place on the left to embedded on the right.
      </p>
      <TableScroller label={`Distribution of ratings by topic, ${periodName}`} className="mb-nhs-5">
        <table className="w-full min-w-[720px] border-collapse bg-white text-nhs-16">
          <caption className="sr-only">Distribution of ratings by topic, {periodName}</caption>
          <thead>
            <tr>
              <th scope="col" className={TH}>
                Topic
              </th>
              <th scope="col" className={`${TH} w-[40%]`}>
                Spread
              </th>
              {MATURITY_LEVELS.map((level) => (
                <th key={level.value} scope="col" className={`${TH} text-right`}>
                  {level.value}: {level.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {topics.map((summary) => {
              const topic = topicByKey(summary.topic);
              return (
                <tr key={summary.topic}>
                  <th scope="row" className={`${TD} text-left font-normal`}>
                    {topicLabel(topic)}
                  </th>
                  <td className={TD}>
                    {summary.rated ? (
                      <div aria-hidden="true" className="flex h-7 w-full border border-nhs-grey-3">
                        {MATURITY_LEVELS.map((level) => {
                          const count = summary.distribution[level.value];
                          if (!count) return null;
                          return (
                            <div
                              key={level.value}
                              style={{ width: `${(100 * count) / summary.rated}%` }}
                              className={`flex items-center justify-center text-[0.8125rem] font-bold ${MATURITY_STYLES[level.value]}`}
                            >
                              {count}
                            </div>
                          );
                        })}
                      </div>
                    ) : (
                      <span className="text-nhs-secondary-text">No ratings</span>
                    )}
                  </td>
                  {MATURITY_LEVELS.map((level) => (
                    <td key={level.value} className={`${TD} text-right`}>
                      {summary.distribution[level.value]}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroller>

      <h2 id="regional-medians">The median rating in each region</h2>
      <TableScroller
        label={`Median rating by topic and region, ${periodName}`}
        className="mb-nhs-5"
      >
        <table className="w-full min-w-[820px] border-collapse bg-white text-nhs-16">
          <caption className="sr-only">Median rating by topic and region, {periodName}</caption>
          <thead>
            <tr>
              <th scope="col" className={TH}>
                Topic
              </th>
              {regions.map((region) => (
                <th key={region.id} scope="col" className={`${TH} text-center`}>
                  {region.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {topics.map((summary) => {
              const topic = topicByKey(summary.topic);
              return (
                <tr key={summary.topic}>
                  <th scope="row" className={`${TD} text-left font-normal`}>
                    {topicLabel(topic)}
                  </th>
                  {summary.regionMedians.map((cell) => (
                    <td
                      key={cell.regionId}
                      className={`border border-white p-nhs-2 text-center font-bold ${maturityStyle(cell.median)}`}
                    >
                      {cell.median === null ? "–" : formatNumber(cell.median)}
                      <span className="sr-only">
                        {cell.median === null
                          ? " (no ratings)"
                          : ` (from ${cell.count} footprint${cell.count === 1 ? "" : "s"})`}
                      </span>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroller>
    </>
  );
}
