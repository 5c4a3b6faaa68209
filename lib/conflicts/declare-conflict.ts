import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { notify } from "../notifications/notify";
import { recordConflictAndEndAssignment } from "./record-conflict-and-end-assignment";

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
  await prisma.$transaction(async (tx) => {
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
    await notify(tx, {
      userIds: admins.map((a) => a.id),
      kind: "conflict.declared",
      title: "An assessor declared a conflict of interest",
      body: `${actor.name} declared a conflict with "${assignment.bid.title}" and is no longer assigned to it: ${reason}. The bid may need another assessor.`,
      link: `/admin/rounds/${assignment.bid.roundId}/assessment/${bidId}`,
    });
  });
}
