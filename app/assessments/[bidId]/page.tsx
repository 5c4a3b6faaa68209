import type { Metadata } from "next";
import Link from "next/link";
import { BidAnswers } from "@/components/bids/bid-answers";
import { Caption, PageWidth } from "@/components/layout/page";
import { InsetText } from "@/components/ui/inset-text";
import { SuccessNotice } from "@/components/ui/notice";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { getReviewForAssessor } from "@/lib/assessment/get-review-for-assessor";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { formatUkDateTime } from "@/lib/format/dates";
import { formatPence } from "@/lib/format/money";
import { ConflictForm } from "./conflict-form";
import { ReviewForm } from "./review-form";

export const metadata: Metadata = { title: "Review a bid" };
export const dynamic = "force-dynamic";

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ bidId: string }>;
  searchParams: Promise<{ saved?: string; submitted?: string }>;
}) {
  const { bidId } = await params;
  const { saved, submitted } = await searchParams;
  const actor = await requireRole(["ASSESSOR"], { returnTo: `/assessments/${bidId}` });
  const data = await orNotFound(getReviewForAssessor({ actor, bidId }));
  const { bid, round, review, entries } = data;
  const locked = review?.state === "SUBMITTED";
  const scoring = round.state === "IN_ASSESSMENT";
  return (
    <PageWidth>
      <p>
        <Link href="/assessments">Back to your assessments</Link>
      </p>
      <Caption>Review · {round.title}</Caption>
      <h1>{bid.title}</h1>
      {saved ? <SuccessNotice>Your draft is saved.</SuccessNotice> : null}
      {submitted ? (
        <SuccessNotice>Your review is submitted. You can now see the other reviews.</SuccessNotice>
      ) : null}
      <SummaryList
        rows={[
          { key: "Footprint", value: `${bid.footprint.name} (${bid.footprint.region.name})` },
          { key: "Amount requested", value: formatPence(bid.amountRequestedPence) },
          {
            key: "Your review",
            value: locked ? (
              <Tag colour="green">Submitted {formatUkDateTime(review.submittedAt!)}</Tag>
            ) : review ? (
              <Tag colour={review.reopenedAt ? "orange" : "yellow"}>
                {review.reopenedAt ? "Reopened" : "In progress"}
              </Tag>
            ) : (
              <Tag colour="grey">Not started</Tag>
            ),
          },
          ...(data.assignment.dueAt
            ? [{ key: "Due", value: formatUkDateTime(data.assignment.dueAt) }]
            : []),
        ]}
      />
      {review?.reopenedAt && !locked ? (
        <InsetText>
          The programme team reopened your review on {formatUkDateTime(review.reopenedAt)}:{" "}
          {review.reopenReason}
        </InsetText>
      ) : null}

      <div className="lg:grid lg:grid-cols-2 lg:gap-nhs-6">
        <section aria-labelledby="bid-heading">
          <h2 id="bid-heading">The bid</h2>
          <BidAnswers bid={bid} changeLinks={false} heading="Answers" />
        </section>
        <section aria-labelledby="review-heading">
          <h2 id="review-heading">Your review</h2>
          {locked ? (
            <OwnScores criteria={round.criteria} entries={entries} total={data.ownTotal} />
          ) : scoring ? (
            <ReviewForm
              bidId={bid.id}
              version={review?.version ?? 0}
              criteria={round.criteria}
              scale={round.scalePoints}
              entries={entries}
            />
          ) : (
            <p>Scoring is not open for this round at the moment.</p>
          )}
        </section>
      </div>

      {data.others ? (
        <section aria-labelledby="others-heading">
          <h2 id="others-heading">Other assessors&apos; reviews</h2>
          {data.others.length ? (
            data.others.map((other) => (
              <div key={other.id} className="mb-nhs-5">
                <h3>
                  {other.assessorName}
                  {other.total !== null ? `: weighted total ${other.total.toFixed(2)}` : ""}
                </h3>
                <SummaryList
                  rows={round.criteria.map((c) => ({
                    key: c.name,
                    value: (
                      <>
                        <strong>{other.scores[c.id]?.score ?? "–"}</strong>{" "}
                        <span className="whitespace-pre-wrap">{other.scores[c.id]?.rationale}</span>
                      </>
                    ),
                  }))}
                />
              </div>
            ))
          ) : (
            <p>No other assessor has submitted a review of this bid yet.</p>
          )}
        </section>
      ) : (
        <InsetText>
          Other assessors&apos; reviews of this bid appear here once you submit your own.
        </InsetText>
      )}

      <h2>Conflicts of interest</h2>
      <ConflictForm bidId={bid.id} />
    </PageWidth>
  );
}

function OwnScores({
  criteria,
  entries,
  total,
}: {
  criteria: { id: string; name: string }[];
  entries: Record<string, { score: number | null; rationale: string }>;
  total: number | null;
}) {
  return (
    <>
      <p>Your review is locked. The programme team can reopen it if it needs to change.</p>
      <SummaryList
        rows={[
          ...criteria.map((c) => ({
            key: c.name,
            value: (
              <>
                <strong>{entries[c.id]?.score ?? "–"}</strong>{" "}
                <span className="whitespace-pre-wrap">{entries[c.id]?.rationale}</span>
              </>
            ),
          })),
          { key: "Weighted total", value: total !== null ? total.toFixed(2) : "–" },
        ]}
      />
    </>
  );
}
