import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { editedVersion } from "../errors/edited-version";
import type { GovernanceActionStatus } from "../generated/prisma/enums";
import { assessmentEditableBy, notFound } from "./governance-access";

/**
 * Records how far an action has got. Unlike the rest of an assessment this stays open after
 * submission and after the period closes: the actions are what the footprint does next, and the
 * dashboard's open and overdue actions are only true if their progress can be kept up to date.
 */
export async function updateActionStatus({
  actor,
  actionId,
  version,
  status,
}: {
  actor: Actor;
  actionId: string;
  version: number;
  status: GovernanceActionStatus;
}): Promise<{ assessmentId: string }> {
  const from = editedVersion(version);
  return prisma.$transaction(async (tx) => {
    const before = await tx.governanceAction.findFirst({
      where: { id: actionId, assessment: assessmentEditableBy(actor) },
      select: { assessmentId: true, status: true, version: true },
    });
    if (!before) throw notFound();
    if (before.status === status && before.version === from)
      return { assessmentId: before.assessmentId };
    const { count } = await tx.governanceAction.updateMany({
      where: { id: actionId, version: from },
      data: { status, version: { increment: 1 } },
    });
    if (count === 0)
      throw new DomainError({
        code: "STALE_WRITE",
        message:
          "Someone else updated this action just now. Reload the page to see their update, then make yours again.",
      });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "governance.action_progress",
      entityType: "GovernanceAction",
      entityId: actionId,
      before: { status: before.status, version: before.version },
      after: { status, version: before.version + 1 },
    });
    return { assessmentId: before.assessmentId };
  });
}
