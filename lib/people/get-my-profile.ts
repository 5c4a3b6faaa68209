import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";

/** The actor's own profile, every field, with the choices for skills and sectors. */
export async function getMyProfile({ actor }: { actor: Actor }) {
  if (!actor.personId) throw new DomainError({ code: "NOT_FOUND", message: "You have no profile" });
  const [person, skills, sectors] = await Promise.all([
    prisma.person.findUnique({
      where: { id: actor.personId },
      select: {
        id: true,
        givenName: true,
        familyName: true,
        email: true,
        phone: true,
        bio: true,
        contactPreference: true,
        emailVisibility: true,
        phoneVisibility: true,
        bioVisibility: true,
        skillsVisibility: true,
        sectorsVisibility: true,
        appointmentsVisibility: true,
        version: true,
        skills: { orderBy: { name: "asc" }, select: { id: true, name: true } },
        sectors: { orderBy: { name: "asc" }, select: { id: true, name: true } },
        appointments: {
          orderBy: { startsOn: "desc" },
          select: {
            id: true,
            role: true,
            title: true,
            startsOn: true,
            endsOn: true,
            organisation: { select: { id: true, name: true } },
          },
        },
        declarations: {
          orderBy: [{ endsOn: { sort: "desc", nulls: "first" } }, { startsOn: "desc" }],
          select: {
            id: true,
            type: true,
            partyName: true,
            description: true,
            startsOn: true,
            endsOn: true,
            published: true,
            requiredByPolicy: true,
            version: true,
            organisationId: true,
            organisation: { select: { name: true } },
          },
        },
      },
    }),
    prisma.skill.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.sector.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  if (!person) throw new DomainError({ code: "NOT_FOUND", message: "You have no profile" });
  return { person, skills, sectors };
}
