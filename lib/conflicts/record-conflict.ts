import "server-only";
import { requireProgrammeAdmin } from "../assessment/assessment-access";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { recordConflictAndEndAssignment } from "./record-conflict-and-end-assignment";

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
