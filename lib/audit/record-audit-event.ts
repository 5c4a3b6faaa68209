import "server-only";
import type { Prisma } from "../generated/prisma/client";

type AuditWriter = {
  auditEvent: { create(args: { data: Prisma.AuditEventUncheckedCreateInput }): unknown };
};

/**
 * Writes one audit event. Pass the transaction client of the change it records, so the event and
 * the change commit or roll back together.
 */
export async function recordAuditEvent(
  db: AuditWriter,
  {
    actorId,
    action,
    entityType,
    entityId,
    before,
    after,
    reason,
  }: {
    actorId: string | null;
    action: string;
    entityType: string;
    entityId: string;
    before?: Prisma.InputJsonValue;
    after?: Prisma.InputJsonValue;
    reason?: string;
  },
): Promise<void> {
  await db.auditEvent.create({
    data: { actorId, action, entityType, entityId, before, after, reason },
  });
}
