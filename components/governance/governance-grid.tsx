import Link from "next/link";
import { TableScroller } from "@/components/scoring/table-scroller";
import { Tag } from "@/components/ui/tag";
import type { DashboardRow } from "@/lib/governance/build-dashboard";
import { formatNumber } from "@/lib/governance/governance-rules";
import { maturityName, TOPICS, TOPIC_GROUPS, topicLabel } from "@/lib/governance/topics";
import { ChangeMark, maturityStyle } from "./maturity";

const CELL = "border border-white p-0 text-center align-middle";

/**
 * The national grid: footprints in rows, grouped by region, the 15 topics in columns. Each cell is
 * coloured by its rating with the level's number written in it and the change since the
 * footprint's previous period beneath, and links to the assessment at that topic; each link's
 * name says all of it in words, so nothing rests on colour alone.
 */
export function GovernanceGrid({
  periodName,
  groups,
}: {
  periodName: string;
  groups: { region: { id: string; name: string }; rows: DashboardRow[] }[];
}) {
  const columns = TOPICS.length + 2;
  return (
    <TableScroller label={`Governance maturity by footprint, ${periodName}`} className="mb-nhs-5">
      <table className="w-full min-w-[1120px] table-fixed border-collapse bg-white text-nhs-16">
        <caption className="mb-nhs-3 text-left text-nhs-22 font-bold">
          Governance maturity by footprint, {periodName}
        </caption>
        {/* Fixed widths: the footprint and overall columns, then 15 equal topic columns. */}
        <colgroup>
          <col className="w-[11rem]" />
          <col className="w-[4.5rem]" />
          {TOPICS.map((topic) => (
            <col key={topic.key} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className="p-nhs-1" colSpan={2} />
            {TOPIC_GROUPS.map((group) => (
              <th
                key={group.group}
                scope="colgroup"
                colSpan={TOPICS.filter((t) => t.group === group.group).length}
                className="border-b-2 border-nhs-grey-3 p-nhs-1 text-left font-bold"
              >
                {group.group === "principle" ? "The eight principles" : "The seven questions"}
              </th>
            ))}
          </tr>
          <tr>
            <th scope="col" className="border-b-2 border-nhs-grey-3 p-nhs-1 text-left">
              Footprint
            </th>
            <th scope="col" className="border-b-2 border-nhs-grey-3 p-nhs-1 text-left">
              Overall
            </th>
            {TOPICS.map((topic) => (
              <th
                key={topic.key}
                scope="col"
                className="border-b-2 border-nhs-grey-3 p-nhs-1 text-left align-bottom text-[0.8125rem] leading-tight font-bold hyphens-auto [overflow-wrap:anywhere]"
              >
                <span aria-hidden="true">
                  {topic.group === "principle" ? "P" : "Q"}
                  {topic.number}
                  <span className="block font-normal">{topic.shortTitle}</span>
                </span>
                <span className="sr-only">{topicLabel(topic)}</span>
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.region.id}>
            <tr>
              <th
                scope="colgroup"
                colSpan={columns}
                className="bg-nhs-grey-5 p-nhs-2 text-left text-nhs-19 font-bold"
              >
                {group.region.name}
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.assessmentId}>
                <th
                  scope="row"
                  className="border-b border-nhs-border p-nhs-2 text-left font-normal [overflow-wrap:anywhere]"
                >
                  <Link href={`/footprints/${row.footprintId}/governance`}>
                    {row.footprintName}
                  </Link>
                  {row.status === "DRAFT" ? (
                    <span className="block">
                      <Tag colour="grey">Draft</Tag>
                    </span>
                  ) : !row.published ? (
                    <span className="block">
                      <Tag colour="yellow">Not published</Tag>
                    </span>
                  ) : null}
                </th>
                <td className="border-b border-nhs-border p-nhs-2 font-bold">
                  {row.overall === null ? "–" : formatNumber(row.overall)}
                  <ChangeMark
                    change={row.overallChange}
                    since={row.previousPeriodName}
                    className="font-normal"
                  />
                </td>
                {row.cells.map((cell, index) => {
                  const topic = TOPICS[index]!;
                  return (
                    <td key={cell.topic} className={`${CELL} ${maturityStyle(cell.rating)}`}>
                      <Link
                        href={`/governance/assessments/${row.assessmentId}#${topic.slug}`}
                        className="block min-h-[3.25rem] p-nhs-1 text-inherit! no-underline hover:underline focus-visible:bg-nhs-focus focus-visible:text-nhs-text!"
                      >
                        <span aria-hidden="true" className="block text-nhs-19 font-bold">
                          {cell.rating ?? "–"}
                        </span>
                        <span className="sr-only">
                          {row.footprintName}, {topicLabel(topic)}:{" "}
                          {cell.rating === null
                            ? "not rated"
                            : `${cell.rating}, ${maturityName(cell.rating)}`}
                        </span>
                        <ChangeMark change={cell.change} since={row.previousPeriodName} />
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </TableScroller>
  );
}
