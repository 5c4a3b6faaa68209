import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv/to-csv";
import { DomainError } from "@/lib/errors/domain-error";
import { DECISION_OUTCOME_LABELS } from "@/lib/format/labels";
import { proposeSelection } from "@/lib/selection/propose-selection";

export const dynamic = "force-dynamic";

/** Every assessed bid's decision (or none yet) as CSV. Programme admins only; anyone else 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const actor = await getActor();
  if (!actor?.roles.has("PROGRAMME_ADMIN")) return new NextResponse("Not found", { status: 404 });
  const proposal = await proposeSelection({ actor, roundId }).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!proposal) return new NextResponse("Not found", { status: 404 });
  const csv = toCsv([
    [
      "Bid ID",
      "Bid",
      "Footprint",
      "Region",
      "Amount requested (£)",
      "Weighted total",
      "Rank",
      "Decision",
      "Amount awarded (£)",
      "Rationale",
      "Decided by",
      "Decided at (UTC)",
    ],
    ...proposal.rows.map((r) => [
      r.bidId,
      r.title,
      r.footprintName,
      r.regionName,
      (r.amountRequestedPence / 100).toFixed(2),
      r.score?.toFixed(3),
      r.rank,
      r.decision ? DECISION_OUTCOME_LABELS[r.decision.outcome] : "Not decided",
      r.decision ? (r.decision.amountAwardedPence / 100).toFixed(2) : null,
      r.decision?.rationale,
      r.decision?.decidedBy.name,
      r.decision?.decidedAt,
    ]),
  ]);
  return csvResponse({ filename: `${proposal.round.slug}-decisions.csv`, csv });
}
