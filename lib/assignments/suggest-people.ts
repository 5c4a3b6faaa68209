import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { loadCandidateFacts, eligibleInFootprint } from "./load-candidates";
import { getAssignmentTarget } from "./get-assignment-target";
import { viewerFrom } from "../people/visible-fields";
import { rankCandidates } from "./rank-candidates";
import type { TargetKind } from "./target-kind";

/**
 * Suggestions for a workstream or seat: the eligible people of the footprint, ranked (see
 * rank-candidates.ts), without those already assigned to it. With `search`, also people found by
 * name who are not eligible: assigning one of them needs a written reason.
 */
export async function suggestPeople({
  actor,
  footprintId,
  kind,
  id,
  search,
  now = new Date(),
}: {
  actor: Actor;
  footprintId: string;
  kind: TargetKind;
  id: string;
  search?: string;
  now?: Date;
}) {
  const target = await getAssignmentTarget({ actor, footprintId, kind, id });
  const viewer = viewerFrom(actor);
  const assigned = target.current.map((a) => a.person.id);
  const eligibleWhere = eligibleInFootprint({ footprintId, now });
  const [organisations, eligible, found] = await Promise.all([
    prisma.organisationFootprint.findMany({
      where: { footprintId },
      select: { organisationId: true },
    }),
    loadCandidateFacts({
      viewer,
      footprintId,
      now,
      where: { AND: [eligibleWhere, { id: { notIn: assigned } }] },
    }),
    search
      ? loadCandidateFacts({
          viewer,
          footprintId,
          now,
          take: 20,
          where: {
            AND: [
              { NOT: eligibleWhere },
              { id: { notIn: assigned } },
              {
                OR: search
                  .split(/\s+/)
                  .filter(Boolean)
                  .slice(0, 3)
                  .map((word) => ({
                    OR: [
                      { givenName: { startsWith: word, mode: "insensitive" as const } },
                      { familyName: { startsWith: word, mode: "insensitive" as const } },
                    ],
                  })),
              },
            ],
          },
        })
      : Promise.resolve([]),
  ]);
  const rankTarget = {
    name: target.name,
    requiredSkillIds: target.skills.map((s) => s.id),
    footprintOrganisationIds: new Set(organisations.map((o) => o.organisationId)),
  };
  return {
    target,
    suggestions: rankCandidates({ candidates: eligible, target: rankTarget }),
    others: rankCandidates({ candidates: found, target: rankTarget }),
  };
}
