import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { editedVersion } from "../errors/edited-version";
import type { Declaration } from "./declaration-schema";
import { checkOrganisation, findOwn, snapshot } from "./own-declaration";

/**
 * Edits one of the actor's own entries. An entry policy requires to be published stays published.
 * Refuses a stale form (version). Audited.
 */
export async function updateDeclaration({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: Declaration;
}) {
  return prisma.$transaction(async (tx) => {
    const before = await findOwn(tx, { actor, id });
    if (before.requiredByPolicy && !input.published)
      throw new DomainError({
        code: "INVALID_STATE",
        message: "Policy requires this interest to be published",
        field: "published",
      });
    const organisationId = await checkOrganisation(tx, input.organisationId);
    const updated = await tx.declaration.updateMany({
      where: { id, version: editedVersion(input.version) },
      data: {
        type: input.type,
        organisationId,
        partyName: input.partyName || null,
        description: input.description,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        published: input.published,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0)
      throw new DomainError({
        code: "STALE_WRITE",
        message: "This entry was changed elsewhere since you opened it. Check it and save again.",
      });
    const after = await tx.declaration.findUniqueOrThrow({ where: { id } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "declaration.updated",
      entityType: "Declaration",
      entityId: id,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}
