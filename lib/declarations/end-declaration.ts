import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { findOwn, snapshot } from "./own-declaration";

/** Ends one of the actor's own current entries on a date: the entry is kept, with its end date. */
export async function endDeclaration({
  actor,
  id,
  endsOn,
  version,
}: {
  actor: Actor;
  id: string;
  endsOn: Date;
  version: number;
}) {
  return prisma.$transaction(async (tx) => {
    const before = await findOwn(tx, { actor, id });
    if (before.endsOn)
      throw new DomainError({ code: "INVALID_STATE", message: "This entry has already ended" });
    if (endsOn < before.startsOn)
      throw new DomainError({
        code: "INVALID_STATE",
        message: "The end date must be the same as or after the start date",
        field: "endsOn",
      });
    const updated = await tx.declaration.updateMany({
      where: { id, version, endsOn: null },
      data: { endsOn, version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw new DomainError({
        code: "STALE_WRITE",
        message: "This entry was changed elsewhere since you opened it. Check it and try again.",
      });
    const after = await tx.declaration.findUniqueOrThrow({ where: { id } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "declaration.ended",
      entityType: "Declaration",
      entityId: id,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}
