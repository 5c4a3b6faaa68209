import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Prisma } from "../generated/prisma/client";

/**
 * Records a conflict between an assessor and a bid and ends the assessor's current assignment to
 * it, in one transaction with its audit events. From then on the bid is hidden from the assessor
 * everywhere (lib/assessment/assessment-access.ts) and their review no longer counts.
 */
export async function recordConflictAndEndAssignment(
  tx: Prisma.TransactionClient,
  {
    actorId,
    bidId,
    assessorId,
    type,
    reason,
    now,
  }: {
    actorId: string;
    bidId: string;
    assessorId: string;
    type: "SELF_DECLARED" | "ADMIN_RECORDED";
    reason: string;
    now: Date;
  },
) {
  const conflict = await tx.conflict.upsert({
    where: { bidId_assessorId_type: { bidId, assessorId, type } },
    create: { bidId, assessorId, type, reason, createdById: actorId },
    update: { reason },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    actorId,
    action: type === "SELF_DECLARED" ? "conflict.declared" : "conflict.recorded",
    entityType: "Conflict",
    entityId: conflict.id,
    after: { bidId, assessorId, type },
    reason,
  });
  const current = await tx.reviewAssignment.findMany({
    where: { bidId, assessorId, endedAt: null },
    select: { id: true },
  });
  for (const assignment of current) {
    await tx.reviewAssignment.update({
      where: { id: assignment.id },
      data: { endedAt: now, endReason: `Conflict of interest: ${reason}` },
    });
    await recordAuditEvent(tx, {
      actorId,
      action: "review.unassigned",
      entityType: "ReviewAssignment",
      entityId: assignment.id,
      before: { endedAt: null },
      after: { endedAt: now.toISOString() },
      reason: `Conflict of interest: ${reason}`,
    });
  }
  return { ended: current.length };
}
