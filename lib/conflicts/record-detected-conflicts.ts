import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Prisma } from "../generated/prisma/client";
import type { ConflictType } from "../generated/prisma/enums";
import type { FoundConflict } from "./find-conflicts";

const DETECTED: ReadonlySet<ConflictType> = new Set([
  "APPOINTMENT_IN_FOOTPRINT",
  "APPOINTMENT_AT_PARTNER",
  "DECLARED_INTEREST",
]);

/**
 * Stores conflicts found in the registers when an assignment meets them, so the admins' conflict
 * list and the audit log show what stopped an assignment and why. Detection itself stays live
 * (lib/conflicts/load-conflict-index.ts); a stored row is the record that it was found. Each new
 * row is audited in the caller's transaction.
 */
export async function recordDetectedConflicts(
  tx: Prisma.TransactionClient,
  {
    actorId,
    found,
  }: {
    actorId: string;
    found: readonly { bidId: string; assessorId: string; conflicts: readonly FoundConflict[] }[];
  },
): Promise<number> {
  const rows = found.flatMap(({ bidId, assessorId, conflicts }) =>
    conflicts
      .filter((c) => DETECTED.has(c.type))
      .map((c) => ({ bidId, assessorId, type: c.type, reason: c.reason })),
  );
  if (!rows.length) return 0;
  // ON CONFLICT DO NOTHING: a pair already on record (or recorded meanwhile) is not a new finding.
  const created = await tx.conflict.createManyAndReturn({
    data: rows.map((row) => ({ ...row, createdById: actorId })),
    skipDuplicates: true,
    select: { id: true, bidId: true, assessorId: true, type: true, reason: true },
  });
  for (const { id, ...row } of created)
    await recordAuditEvent(tx, {
      actorId,
      action: "conflict.detected",
      entityType: "Conflict",
      entityId: id,
      after: row,
    });
  return created.length;
}
