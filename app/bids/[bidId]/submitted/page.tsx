import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageWidth } from "@/components/layout/page";
import { requireUser } from "@/lib/auth/session";
import { formatUkDateTime } from "@/lib/format/dates";
import { loadBidOr404 } from "../load-bid";

export const metadata: Metadata = { title: "Bid submitted" };

export default async function SubmittedPage({ params }: { params: Promise<{ bidId: string }> }) {
  const { bidId } = await params;
  const actor = await requireUser({ returnTo: `/bids/${bidId}` });
  const bid = await loadBidOr404({ actor, bidId });
  if (!bid.submittedAt || bid.state === "DRAFT" || bid.state === "WITHDRAWN")
    redirect(`/bids/${bid.id}`);
  return (
    <PageWidth>
      <div className="mb-nhs-5 bg-nhs-green p-nhs-5 text-white">
        <h1 className="mt-0 text-white">Bid submitted</h1>
        <p className="m-0 text-nhs-22">{bid.title}</p>
      </div>
      <p>
        Submitted on {formatUkDateTime(bid.submittedAt)}. Everyone on the bid has been notified.
      </p>
      <h2>What happens next</h2>
      <p>
        After the round closes on {formatUkDateTime(bid.round.closesAt)}, assessors score each bid
        on innovation, ambition and scale. The lead can withdraw the bid until then.
      </p>
      <p>
        <Link href={`/bids/${bid.id}`}>Go to the bid</Link>
      </p>
    </PageWidth>
  );
}
