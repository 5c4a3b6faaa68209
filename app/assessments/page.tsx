import type { Metadata } from "next";
import { Caption, PageWidth } from "@/components/layout/page";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { listMyReviewAssignments } from "@/lib/assessment/list-my-review-assignments";
import { requireRole } from "@/lib/auth/session";
import { formatUkDate } from "@/lib/format/dates";
import { REVIEW_STATE_TAGS } from "@/lib/format/labels";

export const metadata: Metadata = { title: "Your assessments" };

export default async function AssessmentsPage() {
  const actor = await requireRole(["ASSESSOR"], { returnTo: "/assessments" });
  const assignments = await listMyReviewAssignments({ actor });
  const done = assignments.filter((a) => a.review?.state === "SUBMITTED").length;
  return (
    <PageWidth>
      <Caption>Assessor</Caption>
      <h1>Your assessments</h1>
      <p>
        You score each bid on its own, against the round&apos;s criteria. You see other
        assessors&apos; scores for a bid only after you submit your own.
      </p>
      {assignments.length ? (
        <>
          <p>
            <strong>
              {done} of {assignments.length}
            </strong>{" "}
            reviews submitted.
          </p>
          <Table
            caption="Bids assigned to you"
            head={["Bid", "Footprint", "Round", "Due", "Your review"]}
            rows={assignments.map((assignment) => {
              const state = assignment.review?.state ?? "NOT_STARTED";
              return [
                assignment.bid.title,
                assignment.bid.footprint.name,
                assignment.bid.round.title,
                assignment.dueAt ? formatUkDate(assignment.dueAt) : "–",
                <Tag key="state" colour={REVIEW_STATE_TAGS[state].colour}>
                  {REVIEW_STATE_TAGS[state].label}
                </Tag>,
              ];
            })}
          />
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
