/** The dashboard's grid as CSV rows: what the actor sees on the page, and nothing more. Pure. */
import type { CsvCell } from "../csv/to-csv";
import type { Dashboard } from "./build-dashboard";
import { formatNumber } from "./governance-rules";
import { TOPICS, topicLabel } from "./topics";

export function dashboardCsvRows(dashboard: Dashboard): CsvCell[][] {
  const head: CsvCell[] = [
    "Region",
    "Footprint",
    "Kind",
    "Period",
    "Status",
    "Overall maturity",
    "Overall change since previous period",
    "Previous period",
    ...TOPICS.flatMap((topic) => [topicLabel(topic), `${topicLabel(topic)}: change`]),
  ];
  const rows = dashboard.groups.flatMap((group) =>
    group.rows.map((row): CsvCell[] => [
      group.region.name,
      row.footprintName,
      row.kind,
      dashboard.period?.name ?? "",
      row.status === "DRAFT" ? "Draft" : row.published ? "Published" : "Submitted, not published",
      // Numbers, not text: a change of -0.3 must not read as a formula to be defused.
      row.overall === null ? "" : Number(formatNumber(row.overall)),
      row.overallChange === null ? "" : Number(formatNumber(row.overallChange)),
      row.previousPeriodName ?? "",
      ...row.cells.flatMap((cell) => [cell.rating ?? "", cell.change ?? ""]),
    ]),
  );
  return [head, ...rows];
}
