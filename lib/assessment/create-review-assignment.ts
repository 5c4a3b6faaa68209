import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Prisma } from "../generated/prisma/client";

/**
 * Writes one assignment of an assessor to a bid with its audit event, in the caller's transaction
 * (which has already checked role, state and conflicts). A review begun under an earlier
 * assignment to the same bid carries on under this one, so nothing the assessor wrote is lost.
 */
export async function createReviewAssignment(
  tx: Prisma.TransactionClient,
  {
    actorId,
    bidId,
    assessorId,
    dueAt,
    automatic,
  }: {
    actorId: string;
    bidId: string;
    assessorId: string;
    dueAt: Date | null;
    automatic: boolean;
  },
): Promise<{ id: string }> {
  const assignment = await tx.reviewAssignment.create({
    data: { bidId, assessorId, assignedById: actorId, dueAt },
    select: { id: true },
  });
  await tx.review.updateMany({
    where: { bidId, assessorId },
    data: { assignmentId: assignment.id },
  });
  await recordAuditEvent(tx, {
    actorId,
    action: "review.assigned",
    entityType: "ReviewAssignment",
    entityId: assignment.id,
    after: { bidId, assessorId, dueAt: dueAt?.toISOString() ?? null, automatic },
  });
  return assignment;
}
