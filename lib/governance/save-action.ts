import "server-only";
import { auditChanges, auditValue } from "../audit/changes";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { editedVersion } from "../errors/edited-version";
import type { Prisma } from "../generated/prisma/client";
import type { GovernanceActionStatus, GovernanceTopic } from "../generated/prisma/enums";
import { actionOwnersOf } from "./action-owners";
import { notFound } from "./governance-access";
import { loadEditableAssessment } from "./load-editable-assessment";

export type ActionFields = {
  description: string;
  ownerId: string;
  dueOn: Date;
  status: GovernanceActionStatus;
};

/**
 * Adds an action under one topic of a draft assessment, or changes one from the version the user
 * loaded. The owner must answer to the footprint (action-owners.ts). Moving the due date clears
 * the overdue notice, so the owner is told again if the new date passes too.
 */
export async function saveAction({
  actor,
  assessmentId,
  topic,
  actionId,
  version,
  fields,
  now = new Date(),
}: {
  actor: Actor;
  assessmentId: string;
  topic: GovernanceTopic;
  actionId?: string | null;
  version?: number | null;
  fields: ActionFields;
  now?: Date;
}): Promise<{ actionId: string }> {
  return prisma.$transaction(async (tx) => {
    const assessment = await loadEditableAssessment(tx, { actor, assessmentId, now });
    const owner = await tx.user.findFirst({
      where: {
        AND: [{ id: fields.ownerId }, actionOwnersOf({ footprintId: assessment.footprintId, now })],
      },
      select: { id: true },
    });
    if (!owner)
      throw new DomainError({
        code: "INVALID_STATE",
        field: "ownerId",
        message: "Choose the action's owner from the list",
      });
    if (!actionId) {
      const action = await tx.governanceAction.create({
        data: { assessmentId, topic, ...fields, createdById: actor.id },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "governance.action_added",
        entityType: "GovernanceAction",
        entityId: action.id,
        after: auditValue({ assessmentId, topic, ...fields }) as Prisma.InputJsonValue,
      });
      return { actionId: action.id };
    }
    const from = editedVersion(version);
    const before = await tx.governanceAction.findFirst({
      where: { id: actionId, assessmentId, topic },
    });
    if (!before) throw notFound();
    const dueMoved = before.dueOn.getTime() !== fields.dueOn.getTime();
    const data = { ...fields, ...(dueMoved ? { overdueNotifiedAt: null } : {}) };
    const { count } = await tx.governanceAction.updateMany({
      where: { id: actionId, version: from },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0)
      throw new DomainError({
        code: "STALE_WRITE",
        message:
          "Someone else changed this action while you were editing it. Reload the page to see their changes, then make yours again.",
      });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "governance.action_updated",
      entityType: "GovernanceAction",
      entityId: actionId,
      ...auditChanges(before, { ...data, version: before.version + 1 }),
    });
    return { actionId };
  });
}
