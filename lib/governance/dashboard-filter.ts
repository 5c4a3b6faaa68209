/**
 * The national dashboard's query string: period, region, kind and sort. Anything unexpected reads
 * as the default (a link someone edited by hand still shows a page). Pure.
 */
import { z } from "zod";
import { choice, id } from "../forms/fields";
import { TOPICS } from "./topics";

export const SORTS = ["name", "overall", ...TOPICS.map((topic) => topic.slug)] as const;
export type DashboardSort = (typeof SORTS)[number];

export const ZDashboardFilter = z.object({
  period: id().catch("").default(""),
  region: id().catch("").default(""),
  kind: choice(["ALL", "ICS", "STP", "ICP"] as const, { message: "Choose a kind" })
    .catch("ALL")
    .default("ALL"),
  sort: choice(SORTS, { message: "Choose a sort" }).catch("name").default("name"),
});
export type DashboardFilter = z.infer<typeof ZDashboardFilter>;

/** The filter as a query string, for links, the CSV and the form's state. Defaults are left out. */
export function dashboardQuery(filter: Partial<DashboardFilter>): string {
  const params = new URLSearchParams();
  if (filter.period) params.set("period", filter.period);
  if (filter.region) params.set("region", filter.region);
  if (filter.kind && filter.kind !== "ALL") params.set("kind", filter.kind);
  if (filter.sort && filter.sort !== "name") params.set("sort", filter.sort);
  const query = params.toString();
  return query ? `?${query}` : "";
}
