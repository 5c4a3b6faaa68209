import "server-only";
import { auditValue } from "../audit/changes";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { Prisma } from "../generated/prisma/client";
import { requireProgrammeAdmin } from "./governance-access";

/**
 * A programme admin opens an assessment period with its deadline (an instant, entered in UK time).
 * One period is open at a time: the database's partial unique index holds that when two admins
 * open one at once, and the check below says so in words first.
 */
export async function openPeriod({
  actor,
  name,
  closesAt,
  now = new Date(),
}: {
  actor: Actor;
  name: string;
  closesAt: Date;
  now?: Date;
}): Promise<{ periodId: string }> {
  requireProgrammeAdmin(actor);
  if (closesAt <= now)
    throw new DomainError({
      code: "INVALID_STATE",
      field: "closesAt",
      message: "The deadline must be in the future",
    });
  try {
    return await prisma.$transaction(async (tx) => {
      const open = await tx.governancePeriod.findFirst({
        where: { state: "OPEN" },
        select: { name: true },
      });
      if (open)
        throw new DomainError({
          code: "INVALID_STATE",
          message: `The period ${open.name} is still open: close it before opening another`,
        });
      const sameName = await tx.governancePeriod.findUnique({
        where: { name },
        select: { id: true },
      });
      if (sameName)
        throw new DomainError({
          code: "ALREADY_EXISTS",
          field: "name",
          message: "There is already a period with this name",
        });
      const period = await tx.governancePeriod.create({
        data: { name, closesAt, openedAt: now, createdById: actor.id },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "governance.period_opened",
        entityType: "GovernancePeriod",
        entityId: period.id,
        after: auditValue({ name, closesAt, state: "OPEN" }) as Prisma.InputJsonValue,
      });
      return { periodId: period.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new DomainError({
        code: "ALREADY_EXISTS",
        message: "Another period was opened just now. Reload the page to see it.",
      });
    throw error;
  }
}
