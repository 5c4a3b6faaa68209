import type { NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv/to-csv";
import { DomainError } from "@/lib/errors/domain-error";
import { loadRankingData } from "@/lib/scoring/load-ranking-data";
import { rankBids } from "@/lib/scoring/rank-bids";
import { parseWhatIfWeights } from "@/lib/scoring/what-if-weights";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404 });

/**
 * The whole ranking as CSV, in rank order, with the what-if weights of the page's address
 * (`w-<criterionId>`) when given. Programme admins only: anyone else gets 404.
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ roundId: string }> },
) {
  const actor = await getActor();
  if (!actor?.roles.has("PROGRAMME_ADMIN")) return notFound();
  const { roundId } = await params;
  const data = await loadRankingData({ actor, roundId }).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!data) return notFound();
  const whatIf = parseWhatIfWeights({
    params: Object.fromEntries(request.nextUrl.searchParams),
    criteria: data.criteria,
  });
  // A file ranked by the saved weights when other weights were asked for would mislead.
  if (Object.keys(whatIf.errors).length > 0)
    return new Response(`${Object.values(whatIf.errors).join(". ")}.`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const ranking = rankBids({
    bids: data.input,
    weights: whatIf.weights,
    threshold: data.round.threshold,
  });
  const bids = new Map(data.bids.map((b) => [b.bidId, b]));
  const names = new Map(data.assessors.map((a) => [a.id, a.name]));
  const csv = toCsv([
    [
      "Rank",
      "Normalised rank",
      "Bid ID",
      "Bid",
      "Footprint",
      "Region",
      "Amount requested (£)",
      "Reviews counted",
      "Outstanding",
      "Weighted total",
      "Normalised total",
      "Spread",
      "Flagged",
      "Late reviews",
      "Assessors' weighted totals",
    ],
    ...ranking.bids.map((r) => {
      const bid = bids.get(r.bidId)!;
      return [
        r.rank,
        r.normalisedRank,
        r.bidId,
        bid.title,
        bid.footprintName,
        bid.regionName,
        (bid.amountRequestedPence / 100).toFixed(2),
        r.reviewCount,
        bid.outstanding,
        r.total?.toFixed(2),
        r.normalisedTotal?.toFixed(2),
        r.spread?.toFixed(2),
        r.flagged ? "yes" : "no",
        r.lateReviews,
        r.assessorTotals
          .map((t) => `${names.get(t.assessorId) ?? t.assessorId}: ${t.total.toFixed(2)}`)
          .join("; "),
      ];
    }),
  ]);
  const suffix = whatIf.whatIf ? "-what-if" : "";
  return csvResponse({ filename: `${data.round.slug}-ranking${suffix}.csv`, csv });
}
