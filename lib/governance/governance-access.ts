import "server-only";
import type { Actor } from "../auth/session";
import { DomainError } from "../errors/domain-error";
import type { Prisma } from "../generated/prisma/client";

/**
 * Who completes a footprint's self-assessment: its board admins and its network's leads (the
 * chair and secretary of a network on the footprint, while they are members), for their own
 * footprints only (issue 13). Programme admins read every assessment and reopen them, but answer
 * for no footprint.
 */
export function footprintsAssessableBy(actor: Actor): Prisma.FootprintWhereInput {
  const ways: Prisma.FootprintWhereInput[] = [{ id: { in: [...actor.boardFootprintIds] } }];
  if (actor.personId)
    ways.push({
      networks: {
        some: {
          memberships: {
            some: {
              personId: actor.personId,
              leftAt: null,
              role: { in: ["CHAIR", "SECRETARY"] },
            },
          },
        },
      },
    });
  return { OR: ways };
}

/** A published assessment: submitted, and its board admin chose to publish it. */
export const PUBLISHED: Prisma.GovernanceAssessmentWhereInput = {
  status: "SUBMITTED",
  publishedAt: { not: null },
};

/**
 * Which assessments the actor may read: published ones (anyone, signed in or not), every one of
 * their own footprints, and every one for programme admins. The one rule for every read: the
 * dashboard, its CSV, a footprint's view and an assessment's page all filter by it, so an
 * unpublished rating never leaves the database for anyone else.
 */
export function assessmentReadableBy(actor: Actor | null): Prisma.GovernanceAssessmentWhereInput {
  if (!actor) return PUBLISHED;
  if (actor.roles.has("PROGRAMME_ADMIN")) return {};
  return { OR: [PUBLISHED, { footprint: footprintsAssessableBy(actor) }] };
}

/** Which assessments the actor may answer (while the period and the assessment allow it). */
export function assessmentEditableBy(actor: Actor): Prisma.GovernanceAssessmentWhereInput {
  return { footprint: footprintsAssessableBy(actor) };
}

/** Only a footprint's board admins publish its assessment (issue 13, "Publishing"). */
export function assessmentPublishableBy(actor: Actor): Prisma.GovernanceAssessmentWhereInput {
  return { footprintId: { in: [...actor.boardFootprintIds] } };
}

export function requireProgrammeAdmin(actor: Actor): void {
  if (!actor.roles.has("PROGRAMME_ADMIN"))
    throw new DomainError({ code: "NOT_FOUND", message: "Page not found" });
}

export function notFound(): DomainError {
  return new DomainError({ code: "NOT_FOUND", message: "Page not found" });
}
