import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { SummaryList } from "@/components/ui/summary-list";
import { getReviewForAssessor } from "@/lib/assessment/get-review-for-assessor";
import { rationaleField, reviewProblems, scoreField } from "@/lib/assessment/review-rules";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { weightedTotal } from "@/lib/scoring/weighted-total";
import { SubmitReviewForm } from "./submit-review-form";

export const metadata: Metadata = { title: "Check your review" };
export const dynamic = "force-dynamic";

/** Check your answers before the irreversible step: a submitted review is locked. */
export default async function CheckReviewPage({ params }: { params: Promise<{ bidId: string }> }) {
  const { bidId } = await params;
  const actor = await requireRole(["ASSESSOR"], { returnTo: `/assessments/${bidId}/check` });
  const { bid, round, review, entries } = await orNotFound(getReviewForAssessor({ actor, bidId }));
  const back = `/assessments/${bid.id}`;
  if (!review || review.state === "SUBMITTED")
    return (
      <PageWidth>
        <h1>Check your review</h1>
        <p>
          {review ? "Your review is already submitted." : "You have not started this review."}{" "}
          <Link href={back}>Go to the review</Link>
        </p>
      </PageWidth>
    );
  const problems = reviewProblems({
    entries,
    criteria: round.criteria,
    scaleValues: round.scalePoints.map((p) => p.value),
    complete: true,
  });
  const labels = new Map(round.scalePoints.map((p) => [p.value, p.label]));
  const total = weightedTotal({
    scores: Object.fromEntries(
      Object.entries(entries)
        .filter(([, e]) => e.score !== null)
        .map(([id, e]) => [id, e.score!]),
    ),
    weights: round.criteria.map((c) => ({ criterionId: c.id, weight: c.weight })),
  });
  const complete = Object.keys(problems).length === 0;
  return (
    <PageWidth>
      <p>
        <Link href={back}>Back to the review</Link>
      </p>
      <Caption>{bid.title}</Caption>
      <h1>Check your review before submitting it</h1>
      <SummaryList
        rows={[
          ...round.criteria.map((c) => {
            const entry = entries[c.id];
            const problem = problems[scoreField(c.id)] ?? problems[rationaleField(c.id)];
            return {
              key: c.name,
              value: problem ? (
                <span className="font-bold text-nhs-error">{problem}</span>
              ) : (
                <>
                  <strong>
                    {entry!.score}: {labels.get(entry!.score!)}
                  </strong>
                  <span className="block whitespace-pre-wrap">{entry!.rationale}</span>
                </>
              ),
              action: (
                <Link href={`${back}#criterion-${c.id}`}>
                  Change<span className="sr-only"> {c.name.toLowerCase()}</span>
                </Link>
              ),
            };
          }),
          {
            key: "Weighted total",
            value: total !== null ? total.toFixed(2) : "Not every criterion is scored yet",
          },
        ]}
      />
      {complete ? (
        <>
          <h2>Now submit your review</h2>
          <p>
            Once submitted, your review is locked and you will see the other assessors&apos; reviews
            of this bid. Only the programme team can reopen it.
          </p>
          <SubmitReviewForm bidId={bid.id} version={review.version} />
        </>
      ) : (
        <p>
          <Link href={back}>Finish your review</Link> before you submit it.
        </p>
      )}
    </PageWidth>
  );
}
