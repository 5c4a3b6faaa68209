import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { requireUser } from "@/lib/auth/session";
import { submissionProblems } from "@/lib/bids/bid-rules";
import { formatUkDateTime } from "@/lib/format/dates";
import { BidAnswers } from "@/components/bids/bid-answers";
import { loadBidOr404 } from "../load-bid";
import { SubmitForm } from "./submit-form";

export const metadata: Metadata = { title: "Check your answers" };

export default async function CheckPage({ params }: { params: Promise<{ bidId: string }> }) {
  const { bidId } = await params;
  const actor = await requireUser({ returnTo: `/bids/${bidId}/check` });
  const bid = await loadBidOr404({ actor, bidId });
  const problems = submissionProblems({
    ...bid,
    declarationAccepted: true,
    bidPath: `/bids/${bid.id}`,
  });
  return (
    <PageWidth>
      <p>
        <Link href={`/bids/${bid.id}`}>Back to the bid</Link>
      </p>
      <Caption>{bid.title}</Caption>
      <h1>{bid.canEdit ? "Check your answers before submitting the bid" : "The bid"}</h1>
      <BidAnswers bid={bid} changeLinks={bid.canEdit} />
      {bid.canEdit ? (
        <SubmitForm
          bidId={bid.id}
          deadline={formatUkDateTime(bid.round.closesAt)}
          problems={problems}
        />
      ) : null}
    </PageWidth>
  );
}
