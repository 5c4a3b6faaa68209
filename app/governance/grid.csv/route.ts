import { getActor } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv/to-csv";
import { firstValues } from "@/lib/footprints/footprint-filter";
import { dashboardCsvRows } from "@/lib/governance/dashboard-csv";
import { ZDashboardFilter } from "@/lib/governance/dashboard-filter";
import { getDashboard } from "@/lib/governance/get-dashboard";

export const dynamic = "force-dynamic";

/** The dashboard's grid as CSV, for the same filter and the same reader: nothing the page hides. */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const filter = ZDashboardFilter.parse(firstValues(params));
  const actor = await getActor();
  const dashboard = await getDashboard({ actor, filter });
  const name = dashboard.period?.name ?? "no-period";
  return csvResponse({
    filename: `governance-${name.replace(/\//g, "-")}.csv`,
    csv: toCsv(dashboardCsvRows(dashboard)),
  });
}
