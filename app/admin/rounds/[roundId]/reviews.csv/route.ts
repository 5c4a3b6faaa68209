import { exportReviews } from "@/lib/assessment/export-reviews";
import { getActor } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv/to-csv";
import { DomainError } from "@/lib/errors/domain-error";

export const dynamic = "force-dynamic";

/** Every review of a round as CSV, with whether it counts in the ranking. Programme admins only (else 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ roundId: string }> }) {
  const actor = await getActor();
  if (!actor?.roles.has("PROGRAMME_ADMIN")) return new Response("Not found", { status: 404 });
  const { roundId } = await params;
  try {
    const { slug, rows } = await exportReviews({ actor, roundId });
    return csvResponse({ filename: `${slug}-reviews.csv`, csv: toCsv(rows) });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND")
      return new Response("Not found", { status: 404 });
    throw error;
  }
}
