import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { editedVersion } from "../errors/edited-version";
import { notFound, requireProgrammeAdmin } from "./governance-access";

/**
 * A programme admin closes a period: nothing more is answered or submitted in it. Drafts stay
 * readable by their footprints; submitted assessments stay as they are.
 */
export async function closePeriod({
  actor,
  periodId,
  version,
  now = new Date(),
}: {
  actor: Actor;
  periodId: string;
  version: number;
  now?: Date;
}): Promise<{ periodId: string }> {
  requireProgrammeAdmin(actor);
  const from = editedVersion(version);
  return prisma.$transaction(async (tx) => {
    const before = await tx.governancePeriod.findUnique({
      where: { id: periodId },
      select: { state: true, version: true },
    });
    if (!before) throw notFound();
    const { count } = await tx.governancePeriod.updateMany({
      where: { id: periodId, state: "OPEN", version: from },
      data: { state: "CLOSED", closedAt: now, version: { increment: 1 } },
    });
    if (count === 0)
      throw new DomainError({
        code: before.state === "OPEN" ? "STALE_WRITE" : "INVALID_STATE",
        message:
          before.state === "OPEN"
            ? "Someone else changed this period just now. Reload the page and try again."
            : "This period is already closed",
      });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "governance.period_closed",
      entityType: "GovernancePeriod",
      entityId: periodId,
      before: { state: "OPEN", closedAt: null, version: before.version },
      after: { state: "CLOSED", closedAt: now.toISOString(), version: before.version + 1 },
    });
    return { periodId };
  });
}
