import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { SuccessNotice } from "@/components/ui/notice";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import {
  listMyReviewAssignments,
  type MyReviewAssignment,
} from "@/lib/assessment/list-my-review-assignments";
import { requireRole } from "@/lib/auth/session";
import { formatUkDateTime } from "@/lib/format/dates";
import { REVIEW_STATE_TAGS } from "@/lib/format/labels";

export const metadata: Metadata = { title: "Your assessments" };
export const dynamic = "force-dynamic";

export default async function AssessmentsPage({
  searchParams,
}: {
  searchParams: Promise<{ declared?: string }>;
}) {
  const { declared } = await searchParams;
  const actor = await requireRole(["ASSESSOR"], { returnTo: "/assessments" });
  const assignments = await listMyReviewAssignments({ actor });
  const done = assignments.filter((a) => a.state === "SUBMITTED").length;
  return (
    <PageWidth>
      <Caption>Assessor</Caption>
      <h1>Your assessments</h1>
      {declared ? (
        <SuccessNotice>
          Your conflict of interest is recorded. The bid is no longer assigned to you, and the
          programme team has been told.
        </SuccessNotice>
      ) : null}
      <p>
        You score each bid on its own, against the round&apos;s criteria. You see other
        assessors&apos; scores for a bid only after you submit your own. If you find you have a
        conflict of interest with a bid, declare it from its review page.
      </p>
      {assignments.length ? (
        <>
          <p>
            <strong>
              {done} of {assignments.length}
            </strong>{" "}
            reviews submitted.
          </p>
          {groupByRound(assignments).map(([roundTitle, rows]) => (
            <Table
              key={roundTitle}
              caption={`${roundTitle}: ${rows.filter((a) => a.state === "SUBMITTED").length} of ${rows.length} submitted`}
              head={["Bid", "Footprint", "Due", "Progress", "Your review"]}
              rows={rows.map((assignment) => {
                const tag = REVIEW_STATE_TAGS[assignment.state];
                return [
                  <Link key="bid" href={`/assessments/${assignment.bid.id}`}>
                    {assignment.bid.title}
                  </Link>,
                  assignment.bid.footprint.name,
                  assignment.dueAt ? (
                    <span key="due">
                      {formatUkDateTime(assignment.dueAt)}
                      {assignment.overdue ? (
                        <strong className="block text-nhs-error">Overdue</strong>
                      ) : null}
                    </span>
                  ) : (
                    "–"
                  ),
                  `${assignment.scored} of ${assignment.criteria} criteria scored`,
                  <Tag key="state" colour={assignment.reopened ? "orange" : tag.colour}>
                    {assignment.reopened ? "Reopened" : tag.label}
                  </Tag>,
                ];
              })}
            />
          ))}
        </>
      ) : (
        <p>
          No bids are assigned to you yet. The programme team assigns bids once the round closes;
          they will appear here.
        </p>
      )}
    </PageWidth>
  );
}

/** The assignments grouped by round, in the order they come (soonest due first). */
function groupByRound(assignments: MyReviewAssignment[]): [string, MyReviewAssignment[]][] {
  const groups = new Map<string, MyReviewAssignment[]>();
  for (const a of assignments) {
    const group = groups.get(a.bid.round.title) ?? [];
    group.push(a);
    groups.set(a.bid.round.title, group);
  }
  return [...groups];
}
