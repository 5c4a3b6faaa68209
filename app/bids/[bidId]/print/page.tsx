import type { Metadata } from "next";
import { PageWidth } from "@/components/layout/page";
import { SummaryList } from "@/components/ui/summary-list";
import { requireUser } from "@/lib/auth/session";
import { formatUkDateTime } from "@/lib/format/dates";
import { BID_STATE_TAGS } from "@/lib/format/labels";
import { BidAnswers } from "@/components/bids/bid-answers";
import { loadBidOr404 } from "../load-bid";

export const metadata: Metadata = { title: "Printable bid" };

/** The whole bid on one page; the print stylesheet (globals.css) drops the header and links. */
export default async function PrintPage({ params }: { params: Promise<{ bidId: string }> }) {
  const { bidId } = await params;
  const actor = await requireUser({ returnTo: `/bids/${bidId}/print` });
  const bid = await loadBidOr404({ actor, bidId });
  return (
    <PageWidth>
      <article className="print-bid">
        <h1>{bid.title}</h1>
        <SummaryList
          rows={[
            { key: "Footprint", value: `${bid.footprint.name} (${bid.footprint.kind})` },
            { key: "Round", value: bid.round.title },
            { key: "State", value: BID_STATE_TAGS[bid.state].label },
            {
              key: "Submitted",
              value: bid.submittedAt ? formatUkDateTime(bid.submittedAt) : "Not submitted",
            },
            { key: "Lead", value: bid.leadUser.name },
            {
              key: "Co-authors",
              value: bid.coAuthors.map((c) => c.user.name).join(", ") || "None",
            },
          ]}
        />
        <BidAnswers bid={bid} changeLinks={false} />
      </article>
    </PageWidth>
  );
}
