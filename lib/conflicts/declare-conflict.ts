import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import type { Prisma } from "../generated/prisma/client";
import { deliverEmails, notify } from "../notifications/notify";
import { requireProgrammeAdmin } from "../assessment/assessment-access";

/**
 * Records a conflict between an assessor and a bid and ends the assessor's current assignment to
 * it, in one transaction with its audit events. From then on the bid is hidden from the assessor
 * everywhere (lib/assessment/assessment-access.ts) and their review no longer counts.
 */
async function recordConflictAndEndAssignment(
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

/**
 * An assessor declares a conflict with a bid from its review page: their assignment ends and the
 * programme admins are told, so they can assign someone else.
 */
export async function declareConflict({
  actor,
  bidId,
  reason,
  now = new Date(),
}: {
  actor: Actor;
  bidId: string;
  reason: string;
  now?: Date;
}): Promise<void> {
  if (!actor.roles.has("ASSESSOR"))
    throw new DomainError({ code: "NOT_FOUND", message: "Not found" });
  const emails = await prisma.$transaction(async (tx) => {
    const assignment = await tx.reviewAssignment.findFirst({
      where: { bidId, assessorId: actor.id, endedAt: null },
      select: { bid: { select: { title: true, roundId: true } } },
    });
    if (!assignment) throw new DomainError({ code: "NOT_FOUND", message: "Not found" });
    await recordConflictAndEndAssignment(tx, {
      actorId: actor.id,
      bidId,
      assessorId: actor.id,
      type: "SELF_DECLARED",
      reason,
      now,
    });
    const admins = await tx.user.findMany({
      where: { disabledAt: null, roleGrants: { some: { role: "PROGRAMME_ADMIN" } } },
      select: { id: true },
    });
    return notify(tx, {
      userIds: admins.map((a) => a.id),
      kind: "conflict.declared",
      title: "An assessor declared a conflict of interest",
      body: `${actor.name} declared a conflict with "${assignment.bid.title}" and is no longer assigned to it: ${reason}. The bid may need another assessor.`,
      link: `/admin/rounds/${assignment.bid.roundId}/assessment/${bidId}`,
    });
  });
  await deliverEmails(emails);
}

/** A programme admin records a conflict they know of; the assessor comes off the bid. */
export async function recordConflict({
  actor,
  bidId,
  assessorId,
  reason,
  now = new Date(),
}: {
  actor: Actor;
  bidId: string;
  assessorId: string;
  reason: string;
  now?: Date;
}): Promise<void> {
  requireProgrammeAdmin(actor);
  await prisma.$transaction(async (tx) => {
    const [bid, assessor] = await Promise.all([
      tx.bid.findUnique({ where: { id: bidId }, select: { id: true } }),
      tx.user.findFirst({
        where: { id: assessorId, roleGrants: { some: { role: "ASSESSOR" } } },
        select: { id: true },
      }),
    ]);
    if (!bid) throw new DomainError({ code: "NOT_FOUND", message: "Bid not found" });
    if (!assessor)
      throw new DomainError({
        code: "NOT_FOUND",
        field: "assessorId",
        message: "Choose an assessor from the list",
      });
    await recordConflictAndEndAssignment(tx, {
      actorId: actor.id,
      bidId,
      assessorId,
      type: "ADMIN_RECORDED",
      reason,
      now,
    });
  });
}
