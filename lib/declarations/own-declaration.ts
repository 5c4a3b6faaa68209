import "server-only";
// Shared by the register-of-interests use-cases: the actor's own entries only.
import type { Actor } from "../auth/session";
import { DomainError } from "../errors/domain-error";
import type { Prisma } from "../generated/prisma/client";

export type Tx = Prisma.TransactionClient;

export function requirePerson(actor: Actor): string {
  if (!actor.personId) throw new DomainError({ code: "NOT_FOUND", message: "You have no profile" });
  return actor.personId;
}

export async function checkOrganisation(tx: Tx, organisationId: string) {
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

export function snapshot(d: {
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

/** Loads one of the actor's own entries, or "not found" (someone else's is not found too). */
export async function findOwn(tx: Tx, { actor, id }: { actor: Actor; id: string }) {
  const personId = requirePerson(actor);
  const declaration = await tx.declaration.findFirst({ where: { id, personId } });
  if (!declaration) throw new DomainError({ code: "NOT_FOUND", message: "Entry not found" });
  return declaration;
}
