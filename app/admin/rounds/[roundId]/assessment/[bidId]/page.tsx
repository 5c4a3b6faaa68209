import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { InsetText } from "@/components/ui/inset-text";
import { SuccessNotice } from "@/components/ui/notice";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { isAssignable } from "@/lib/assessment/assessment-access";
import { getBidAssessment } from "@/lib/assessment/get-bid-assessment";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { formatUkDateTime } from "@/lib/format/dates";
import { CONFLICT_TYPE_LABELS, REVIEW_STATE_TAGS } from "@/lib/format/labels";
import { formatPence } from "@/lib/format/money";
import { AssignForm, RecordConflictForm, ReopenForm, UnassignForm } from "../assessment-forms";

export const metadata: Metadata = { title: "A bid's assessment" };
export const dynamic = "force-dynamic";

const SAVED: Record<string, string> = {
  assigned: "The assessor is assigned and has been told.",
  unassigned: "The assessor is off the bid and has been told.",
  reopened: "The review is reopened and the assessor has been told.",
  conflict: "The conflict is recorded.",
};

export default async function BidAssessmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ roundId: string; bidId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { roundId, bidId } = await params;
  const { saved } = await searchParams;
  const actor = await requireRole(["PROGRAMME_ADMIN"], {
    returnTo: `/admin/rounds/${roundId}/assessment/${bidId}`,
  });
  const data = await orNotFound(getBidAssessment({ actor, roundId, bidId }));
  const { bid, round } = data;
  const assignable = isAssignable(round.state);
  return (
    <PageWidth>
      <p>
        <Link href={`/admin/rounds/${round.id}/assessment`}>Back to assessors and reviews</Link>
      </p>
      <Caption>{round.title}</Caption>
      <h1>{bid.title}</h1>
      {saved && SAVED[saved] ? <SuccessNotice>{SAVED[saved]}</SuccessNotice> : null}
      <SummaryList
        rows={[
          { key: "Footprint", value: `${bid.footprint.name} (${bid.footprint.region.name})` },
          { key: "Amount requested", value: formatPence(bid.amountRequestedPence) },
          {
            key: "Assessors",
            value: `${data.current.length} of ${round.assessorsPerBid}`,
          },
          { key: "The bid", value: <Link href={`/bids/${bid.id}`}>Read the bid</Link> },
        ]}
      />

      <h2>Assessors</h2>
      {data.current.length ? (
        data.current.map((a) => {
          const state = a.review?.state ?? "NOT_STARTED";
          return (
            <section key={a.id} className="mb-nhs-5 border-l-4 border-nhs-border pl-nhs-4">
              <h3>
                {a.assessor.name}{" "}
                <Tag colour={REVIEW_STATE_TAGS[state].colour}>{REVIEW_STATE_TAGS[state].label}</Tag>
              </h3>
              <p>
                Assigned {formatUkDateTime(a.assignedAt)}
                {a.assignedBy ? ` by ${a.assignedBy.name}` : ""}.
                {a.dueAt ? ` Due ${formatUkDateTime(a.dueAt)}.` : ""}
              </p>
              {assignable && state !== "SUBMITTED" ? (
                <UnassignForm
                  roundId={round.id}
                  bidId={bid.id}
                  assignmentId={a.id}
                  assessorName={a.assessor.name}
                />
              ) : null}
              {round.state === "IN_ASSESSMENT" && a.review?.state === "SUBMITTED" ? (
                <ReopenForm
                  roundId={round.id}
                  bidId={bid.id}
                  reviewId={a.review.id}
                  assessorName={a.assessor.name}
                />
              ) : null}
            </section>
          );
        })
      ) : (
        <p>No assessor is assigned to this bid.</p>
      )}
      {assignable ? (
        <>
          <h3>Assign an assessor</h3>
          <AssignForm roundId={round.id} bidId={bid.id} available={data.available} />
        </>
      ) : null}

      <h2>Reviews</h2>
      {data.reviews.length ? (
        data.reviews.map((r) => (
          <section key={r.id} className="mb-nhs-5">
            <h3>
              {r.assessor.name}
              {r.total !== null ? `: weighted total ${r.total.toFixed(2)}` : ""}
            </h3>
            <p>
              {r.state === "SUBMITTED" && r.submittedAt
                ? `Submitted ${formatUkDateTime(r.submittedAt)}. `
                : "Draft: not submitted. "}
              {r.counts
                ? "Counts in the ranking."
                : r.state === "SUBMITTED"
                  ? "Does not count in the ranking: the assessor is no longer on the bid or has a conflict."
                  : ""}
              {r.reopenedAt ? ` Reopened ${formatUkDateTime(r.reopenedAt)}: ${r.reopenReason}` : ""}
            </p>
            {r.state === "SUBMITTED" ? (
              <SummaryList
                rows={round.criteria.map((c) => {
                  const s = r.scores.find((x) => x.criterionId === c.id);
                  return {
                    key: c.name,
                    value: (
                      <>
                        <strong>{s?.score ?? "–"}</strong>{" "}
                        <span className="whitespace-pre-wrap">{s?.rationale}</span>
                      </>
                    ),
                  };
                })}
              />
            ) : null}
          </section>
        ))
      ) : (
        <p>No reviews yet.</p>
      )}

      <h2>Conflicts of interest</h2>
      {data.conflicts.length ? (
        <Table
          caption="Assessors with a conflict of interest with this bid"
          captionClassName="sr-only"
          head={["Assessor", "Conflict", "Reason"]}
          rows={data.conflicts.flatMap(({ assessor, conflicts }) =>
            conflicts.map((c, i) => [
              i === 0 ? assessor.name : "",
              CONFLICT_TYPE_LABELS[c.type],
              c.reason,
            ]),
          )}
        />
      ) : (
        <p>No conflicts found or declared.</p>
      )}
      {round.state !== "PUBLISHED" ? (
        <details className="mb-nhs-6">
          <summary className="cursor-pointer text-nhs-blue underline">Record a conflict</summary>
          <div className="mt-nhs-4">
            <RecordConflictForm roundId={round.id} bidId={bid.id} assessors={data.assessors} />
          </div>
        </details>
      ) : null}

      {data.ended.length ? (
        <>
          <h2>Earlier assignments</h2>
          <InsetText>
            {data.ended.map((a) => (
              <span key={a.id} className="block">
                {a.assessor.name}: ended {formatUkDateTime(a.endedAt!)}. {a.endReason}
              </span>
            ))}
          </InsetText>
        </>
      ) : null}
    </PageWidth>
  );
}
