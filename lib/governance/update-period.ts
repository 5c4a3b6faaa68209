import "server-only";
import { auditChanges } from "../audit/changes";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { editedVersion } from "../errors/edited-version";
import { Prisma } from "../generated/prisma/client";
import { notFound, requireProgrammeAdmin } from "./governance-access";

/**
 * A programme admin renames an open period or moves its deadline (to give footprints longer, or
 * to let a reopened assessment be submitted again), from the version they loaded.
 */
export async function updatePeriod({
  actor,
  periodId,
  version,
  name,
  closesAt,
}: {
  actor: Actor;
  periodId: string;
  version: number;
  name: string;
  closesAt: Date;
}): Promise<{ periodId: string }> {
  requireProgrammeAdmin(actor);
  const from = editedVersion(version);
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.governancePeriod.findUnique({ where: { id: periodId } });
      if (!before) throw notFound();
      if (before.state !== "OPEN")
        throw new DomainError({
          code: "INVALID_STATE",
          message: "This period is closed, so it can no longer be changed",
        });
      const { count } = await tx.governancePeriod.updateMany({
        where: { id: periodId, version: from },
        data: { name, closesAt, version: { increment: 1 } },
      });
      if (count === 0)
        throw new DomainError({
          code: "STALE_WRITE",
          message:
            "Someone else changed this period while you were editing it. Reload the page to see their changes, then make yours again.",
        });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "governance.period_updated",
        entityType: "GovernancePeriod",
        entityId: periodId,
        ...auditChanges(before, { name, closesAt, version: before.version + 1 }),
      });
      return { periodId };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new DomainError({
        code: "ALREADY_EXISTS",
        field: "name",
        message: "There is already a period with this name",
      });
    throw error;
  }
}
