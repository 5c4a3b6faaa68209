import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import type { Prisma } from "../generated/prisma/client";
import type { Declaration } from "./declaration-schema";

type Tx = Prisma.TransactionClient;

function requirePerson(actor: Actor): string {
  if (!actor.personId) throw new DomainError({ code: "NOT_FOUND", message: "You have no profile" });
  return actor.personId;
}

async function checkOrganisation(tx: Tx, organisationId: string) {
  if (!organisationId) return null;
  const organisation = await tx.organisation.findUnique({
    where: { id: organisationId },
    select: { id: true },
  });
  if (!organisation)
    throw new DomainError({
      code: "NOT_FOUND",
      message: "Choose an organisation from the list",
      field: "organisationId",
    });
  return organisation.id;
}

function snapshot(d: {
  type: string;
  organisationId: string | null;
  partyName: string | null;
  description: string;
  startsOn: Date;
  endsOn: Date | null;
  published: boolean;
}) {
  return {
    type: d.type,
    organisationId: d.organisationId,
    partyName: d.partyName,
    description: d.description,
    startsOn: d.startsOn.toISOString().slice(0, 10),
    endsOn: d.endsOn ? d.endsOn.toISOString().slice(0, 10) : null,
    published: d.published,
  };
}

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

/** Loads one of the actor's own entries, or "not found" (someone else's is not found too). */
async function findOwn(tx: Tx, { actor, id }: { actor: Actor; id: string }) {
  const personId = requirePerson(actor);
  const declaration = await tx.declaration.findFirst({ where: { id, personId } });
  if (!declaration) throw new DomainError({ code: "NOT_FOUND", message: "Entry not found" });
  return declaration;
}

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
      where: { id, version: input.version ?? before.version },
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
