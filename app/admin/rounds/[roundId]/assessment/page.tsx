import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { InsetText } from "@/components/ui/inset-text";
import { SuccessNotice } from "@/components/ui/notice";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { isAssignable } from "@/lib/assessment/assessment-access";
import { autoAssignAssessors } from "@/lib/assessment/auto-assign-assessors";
import { getRoundAssessment } from "@/lib/assessment/get-round-assessment";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { REVIEW_STATE_TAGS, ROUND_STATE_TAGS } from "@/lib/format/labels";
import { AutoAssignForm } from "./assessment-forms";

export const metadata: Metadata = { title: "Assessors and reviews" };
export const dynamic = "force-dynamic";

export default async function RoundAssessmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ roundId: string }>;
  searchParams: Promise<{ assigned?: string }>;
}) {
  const { roundId } = await params;
  const { assigned } = await searchParams;
  const actor = await requireRole(["PROGRAMME_ADMIN"], {
    returnTo: `/admin/rounds/${roundId}/assessment`,
  });
  const { round, bids, assessors } = await orNotFound(getRoundAssessment({ actor, roundId }));
  const assignable = isAssignable(round.state);
  // What automatic assignment would do now, and which bids it could not fill, written nowhere.
  const preview = assignable ? await autoAssignAssessors({ actor, roundId, dryRun: true }) : null;
  const slots = bids.length * round.assessorsPerBid;
  const filled = bids.reduce(
    (sum, b) => sum + Math.min(b.assignments.length, round.assessorsPerBid),
    0,
  );
  const submitted = bids.reduce((sum, b) => sum + b.submitted, 0);
  return (
    <PageWidth>
      <p>
        <Link href={`/admin/rounds/${round.id}`}>Back to the round</Link>
      </p>
      <Caption>{round.title}</Caption>
      <h1>Assessors and reviews</h1>
      {assigned !== undefined ? (
        <SuccessNotice>
          {assigned === "0"
            ? "No new assignments were needed or possible."
            : `${assigned} ${assigned === "1" ? "assignment" : "assignments"} made. The assessors have been told.`}
        </SuccessNotice>
      ) : null}
      <p>
        <Tag colour={ROUND_STATE_TAGS[round.state].colour}>
          {ROUND_STATE_TAGS[round.state].label}
        </Tag>{" "}
        {bids.length} assessed {bids.length === 1 ? "bid" : "bids"}. {filled} of {slots} assessor
        places filled ({round.assessorsPerBid} per bid). {submitted} reviews submitted.{" "}
        <Link href={`/admin/rounds/${round.id}/ranking`}>Ranking</Link> ·{" "}
        <Link href={`/admin/rounds/${round.id}/selection`}>Selection and decisions</Link>
      </p>

      {assignable && preview ? (
        <section aria-labelledby="auto-heading">
          <h2 id="auto-heading">Assign automatically</h2>
          {preview.created > 0 ? (
            <p>
              Automatic assignment would make {preview.created}{" "}
              {preview.created === 1 ? "assignment" : "assignments"} now.
            </p>
          ) : (
            <p>Every bid that can be given assessors has them.</p>
          )}
          {preview.unfilled.length ? (
            <>
              <p>
                {preview.unfilled.length === 1 ? "This bid" : "These bids"} cannot get{" "}
                {round.assessorsPerBid} assessors:
              </p>
              <ul>
                {preview.unfilled.map((u) => (
                  <li key={u.bidId}>
                    <Link href={`/admin/rounds/${round.id}/assessment/${u.bidId}`}>{u.title}</Link>:{" "}
                    {u.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <AutoAssignForm
            roundId={round.id}
            assessorsPerBid={round.assessorsPerBid}
            assessors={assessors}
          />
        </section>
      ) : (
        <InsetText>
          {round.state === "DRAFT" || round.state === "OPEN"
            ? "Assessors are assigned once the round closes."
            : "Decisions are made: assignments can no longer change."}
        </InsetText>
      )}

      <Table
        caption="Bids and their assessors"
        head={["Bid", "Region", "Assessors", "Conflicts"]}
        rows={bids.map((bid) => [
          <span key="bid">
            <Link href={`/admin/rounds/${round.id}/assessment/${bid.id}`}>{bid.title}</Link>
            <span className="block text-nhs-16 text-nhs-secondary-text">{bid.footprintName}</span>
          </span>,
          bid.regionName,
          bid.assignments.length ? (
            <ul key="a" className="m-0 list-none p-0">
              {bid.assignments.map((a) => (
                <li key={a.id}>
                  {a.assessor.name}{" "}
                  <Tag colour={REVIEW_STATE_TAGS[a.state].colour}>
                    {REVIEW_STATE_TAGS[a.state].label}
                  </Tag>
                  {a.late ? <strong className="text-nhs-error"> Late</strong> : null}
                </li>
              ))}
            </ul>
          ) : (
            <strong key="none" className="text-nhs-error">
              None yet
            </strong>
          ),
          bid.conflicts.length ? String(bid.conflicts.length) : "None",
        ])}
      />

      <Table
        caption="Assessors' load in this round"
        head={["Assessor", "Bids", "Reviews submitted"]}
        rows={assessors.map((a) => [a.name, String(a.current), String(a.submitted)])}
      />
    </PageWidth>
  );
}
