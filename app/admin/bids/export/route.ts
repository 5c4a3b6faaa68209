import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { listBidsForAdmin } from "@/lib/bids/list-bids-for-admin";
import { csvResponse, toCsv } from "@/lib/csv/to-csv";
import { BID_STATE_TAGS } from "@/lib/format/labels";
import { ZBidFilters } from "../filters";

export const dynamic = "force-dynamic";

/** The bid list as CSV, with the same filters and sort as the page. Programme admins only (else 404). */
export async function GET(request: NextRequest) {
  const actor = await getActor();
  if (!actor?.roles.has("PROGRAMME_ADMIN")) return new NextResponse("Not found", { status: 404 });
  const filters = ZBidFilters.parse(Object.fromEntries(request.nextUrl.searchParams));
  const bids = await listBidsForAdmin({
    actor,
    roundId: filters.round,
    state: filters.state,
    search: filters.q,
    sort: filters.sort,
  });
  const csv = toCsv([
    [
      "Bid ID",
      "Title",
      "Round",
      "Footprint",
      "Footprint type",
      "Region",
      "State",
      "Amount requested (£)",
      "Budget lines total (£)",
      "Questions answered (of 8)",
      "Partners",
      "Co-authors",
      "Lead",
      "Lead email",
      "Submitted at (UTC)",
      "Withdrawn at (UTC)",
      "Last changed (UTC)",
    ],
    ...bids.map((bid) => [
      bid.id,
      bid.title,
      bid.round.title,
      bid.footprint.name,
      bid.footprint.kind,
      bid.footprint.region.name,
      BID_STATE_TAGS[bid.state].label,
      (bid.amountRequestedPence / 100).toFixed(2),
      (bid.budgetTotalPence / 100).toFixed(2),
      bid.answered,
      bid._count.partners,
      bid._count.coAuthors,
      bid.leadUser.name,
      bid.leadUser.email,
      bid.submittedAt?.toISOString(),
      bid.withdrawnAt?.toISOString(),
      bid.updatedAt.toISOString(),
    ]),
  ]);
  return csvResponse({ filename: "bids.csv", csv });
}
