import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import type { Declaration } from "./declaration-schema";
import { checkOrganisation, requirePerson, snapshot } from "./own-declaration";

/** Adds an entry to the actor's own register of interests. Audited. */
export async function addDeclaration({ actor, input }: { actor: Actor; input: Declaration }) {
  const personId = requirePerson(actor);
  return prisma.$transaction(async (tx) => {
    const organisationId = await checkOrganisation(tx, input.organisationId);
    const created = await tx.declaration.create({
      data: {
        personId,
        type: input.type,
        organisationId,
        partyName: input.partyName || null,
        description: input.description,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        published: input.published,
      },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "declaration.added",
      entityType: "Declaration",
      entityId: created.id,
      after: snapshot(created),
    });
    return created;
  });
}
