import { getAllCoverage } from "@/lib/assignments/summarise-coverage";
import { getActor } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv/to-csv";

export const dynamic = "force-dynamic";

export async function GET() {
  const actor = await getActor();
  if (!actor?.roles.has("PROGRAMME_ADMIN")) return new Response("Not found", { status: 404 });
  const footprints = await getAllCoverage({ actor });
  const csv = toCsv([
    [
      "Footprint",
      "Kind",
      "Region",
      "Workstreams",
      "Board seats",
      "Covered",
      "Total",
      "Percent",
      "Gaps",
    ],
    ...footprints.map((f) => [
      f.name,
      f.kind,
      f.regionName,
      f.workstreams,
      f.seats,
      f.covered,
      f.total,
      f.percent,
      f.gaps.join("; "),
    ]),
  ]);
  return csvResponse({ filename: "coverage-all-footprints.csv", csv });
}
