import "server-only";
import { auditChanges } from "../audit/changes";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { editedVersion } from "../errors/edited-version";
import { type NetworkInput, networkFields as fields } from "./network-schema";

/** A board admin edits a network of one of their footprints, refusing a stale form. Audited. */
export async function updateNetwork({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: NetworkInput;
}) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.network.findFirst({
      where: { id, footprintId: { in: [...actor.boardFootprintIds] } },
    });
    if (!before) throw new DomainError({ code: "NOT_FOUND", message: "Network not found" });
    const updated = await tx.network.updateMany({
      where: { id, version: editedVersion(input.version) },
      data: { ...fields(input), version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw new DomainError({
        code: "STALE_WRITE",
        message: "This network was changed elsewhere since you opened it. Check it and save again.",
      });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "network.updated",
      entityType: "Network",
      entityId: id,
      ...auditChanges(fields({ ...before, footprintId: before.footprintId }), fields(input)),
    });
    return { id };
  });
}
