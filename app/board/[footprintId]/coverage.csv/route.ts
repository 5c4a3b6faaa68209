import { getFootprintCoverage } from "@/lib/assignments/get-footprint-coverage";
import { getActor } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv/to-csv";
import { DomainError } from "@/lib/errors/domain-error";

export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ footprintId: string }> },
) {
  const { footprintId } = await params;
  const actor = await getActor();
  if (!actor) return new Response("Not found", { status: 404 });
  try {
    const { footprint, coverage } = await getFootprintCoverage({ actor, footprintId });
    const csv = toCsv([
      ["Footprint", "Type", "Name", "Non-executive lead or holder", "Members", "Covered"],
      ...coverage.rows.map((row) => [
        footprint.name,
        row.kind === "seat" ? "Board seat" : "Workstream",
        row.name,
        row.lead ?? "",
        row.members.join("; "),
        row.covered ? "yes" : "no",
      ]),
    ]);
    return csvResponse({ filename: `coverage-${footprint.name}.csv`, csv });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND")
      return new Response("Not found", { status: 404 });
    throw error;
  }
}
