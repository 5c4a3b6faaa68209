import "server-only";
import type { Actor } from "../auth/session";
import { loadConflictIndex } from "../conflicts/load-conflict-index";
import { prisma } from "../db/prisma";
import { draftEntries } from "./review-rules";

/**
 * The assessor's own current assignments with their own progress, and nothing of other reviews.
 * A bid they have since become conflicted with is left out (docs/domain.md, "Conflict of
 * interest": a conflicted assessor never sees it in any list).
 */
export async function listMyReviewAssignments({
  actor,
  now = new Date(),
}: {
  actor: Actor;
  now?: Date;
}) {
  if (!actor.roles.has("ASSESSOR")) return [];
  const assignments = await prisma.reviewAssignment.findMany({
    where: { assessorId: actor.id, endedAt: null },
    orderBy: [{ dueAt: "asc" }, { assignedAt: "asc" }],
    select: {
      id: true,
      dueAt: true,
      assignedAt: true,
      review: { select: { state: true, submittedAt: true, draft: true, reopenedAt: true } },
      bid: {
        select: {
          id: true,
          title: true,
          footprint: { select: { name: true } },
          round: { select: { title: true, state: true, _count: { select: { criteria: true } } } },
        },
      },
    },
  });
  const conflicts = await loadConflictIndex({
    bidIds: assignments.map((a) => a.bid.id),
    assessorIds: [actor.id],
  });
  return assignments
    .filter((a) => !conflicts.isConflicted(a.bid.id, actor.id))
    .map(({ review, ...a }) => {
      const criteria = a.bid.round._count.criteria;
      const scored =
        review?.state === "SUBMITTED"
          ? criteria
          : Object.values(draftEntries(review?.draft)).filter(
              (e) => e.score !== null && e.rationale,
            ).length;
      return {
        ...a,
        state: review?.state ?? ("NOT_STARTED" as const),
        reopened: review?.state === "DRAFT" && review.reopenedAt !== null,
        submittedAt: review?.submittedAt ?? null,
        scored,
        criteria,
        overdue: review?.state !== "SUBMITTED" && a.dueAt !== null && a.dueAt < now,
      };
    });
}

export type MyReviewAssignment = Awaited<ReturnType<typeof listMyReviewAssignments>>[number];
