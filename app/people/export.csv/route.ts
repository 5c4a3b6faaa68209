import { csvResponse } from "@/lib/csv/to-csv";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors/domain-error";
import { exportPeopleCsv } from "@/lib/people/export-people";

export const dynamic = "force-dynamic";

/** The people directory as CSV: programme admins only; anyone else gets 404. */
export async function GET() {
  const actor = await getActor();
  if (!actor) return new Response("Not found", { status: 404 });
  try {
    const csv = await exportPeopleCsv({ actor });
    return csvResponse({ filename: "people-directory.csv", csv });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND")
      return new Response("Not found", { status: 404 });
    throw error;
  }
}
