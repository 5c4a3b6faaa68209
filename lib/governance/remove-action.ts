import "server-only";
import { auditValue } from "../audit/changes";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { editedVersion } from "../errors/edited-version";
import type { Prisma } from "../generated/prisma/client";
import { notFound } from "./governance-access";
import { loadEditableAssessment } from "./load-editable-assessment";

/**
 * Removes an action from a draft assessment, from the version the user saw (so a colleague's
 * change made meanwhile is not removed unseen). The audit event keeps what it said.
 */
export async function removeAction({
  actor,
  assessmentId,
  actionId,
  version,
  now = new Date(),
}: {
  actor: Actor;
  assessmentId: string;
  actionId: string;
  version: number;
  now?: Date;
}): Promise<{ topic: string }> {
  const from = editedVersion(version);
  return prisma.$transaction(async (tx) => {
    await loadEditableAssessment(tx, { actor, assessmentId, now });
    const before = await tx.governanceAction.findFirst({ where: { id: actionId, assessmentId } });
    if (!before) throw notFound();
    const { count } = await tx.governanceAction.deleteMany({
      where: { id: actionId, version: from },
    });
    if (count === 0)
      throw new DomainError({
        code: "STALE_WRITE",
        message:
          "Someone else changed this action while you were looking at it. Check it again before you remove it.",
      });
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...kept } = before;
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "governance.action_removed",
      entityType: "GovernanceAction",
      entityId: actionId,
      before: auditValue(kept) as Prisma.InputJsonValue,
    });
    return { topic: before.topic };
  });
}
