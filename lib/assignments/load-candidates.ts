import "server-only";
import { prisma } from "../db/prisma";
import type { Prisma } from "../generated/prisma/client";
import { dateOnly, ukDateString } from "../format/dates";
import { fieldVisibleWhere, type Viewer } from "../people/visible-fields";
import { NON_EXECUTIVE_ROLES, type CandidateFacts } from "./rank-candidates";

/**
 * Facts about people for ranking, as the viewer may see them (docs/decisions/009): skills and
 * appointments only where the person shares them with members (or the viewer is themselves or a
 * programme admin), read in their own queries restricted in SQL, so a private value is never
 * read; eligibility from a count of current appointments, which names nothing; each current
 * declaration with whether it is published, for the flag. A fixed three queries whatever the
 * number of people.
 */
export async function loadCandidateFacts({
  viewer,
  footprintId,
  where,
  now,
  take,
}: {
  viewer: Viewer;
  footprintId: string;
  where: Prisma.PersonWhereInput;
  now: Date;
  take?: number;
}): Promise<CandidateFacts[]> {
  const today = dateOnly(ukDateString(now));
  const currentAppointment = currentAppointmentIn({ footprintId, today });
  const currentMembership = currentMembershipIn({ footprintId });
  const people = await prisma.person.findMany({
    where,
    take,
    orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
    select: {
      id: true,
      givenName: true,
      familyName: true,
      networkMemberships: { where: currentMembership, select: { id: true } },
      declarations: {
        where: { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
        select: {
          organisationId: true,
          partyName: true,
          description: true,
          published: true,
          organisation: { select: { name: true } },
        },
      },
      _count: {
        select: {
          assignments: { where: { role: "LEAD", endsOn: null } },
          appointments: { where: currentAppointment },
        },
      },
    },
  });
  const ids = people.map((person) => person.id);
  const shared = (field: "skills" | "appointments"): Prisma.PersonWhereInput | null => {
    const visible = fieldVisibleWhere({ viewer, field });
    return visible && ids.length ? { AND: [{ id: { in: ids } }, visible] } : null;
  };
  const skillsWhere = shared("skills");
  const appointmentsWhere = shared("appointments");
  const skillsOf = new Map(
    (skillsWhere
      ? await prisma.person.findMany({
          where: skillsWhere,
          select: {
            id: true,
            skills: { select: { id: true, name: true }, orderBy: { name: "asc" } },
          },
        })
      : []
    ).map((person) => [person.id, person.skills]),
  );
  const appointmentsOf = new Map(
    (appointmentsWhere
      ? await prisma.person.findMany({
          where: appointmentsWhere,
          select: {
            id: true,
            appointments: {
              where: currentAppointment,
              select: { role: true, organisation: { select: { name: true } } },
            },
          },
        })
      : []
    ).map((person) => [person.id, person.appointments]),
  );
  return people.map((person) => {
    const skills = skillsOf.get(person.id) ?? [];
    const appointments = appointmentsOf.get(person.id) ?? [];
    return {
      personId: person.id,
      name: `${person.givenName} ${person.familyName}`,
      skillIds: skills.map((s) => s.id),
      skillNames: skills.map((s) => s.name),
      appointmentsInFootprint: appointments.map((a) => ({
        organisationName: a.organisation.name,
        role: a.role,
      })),
      unsharedAppointmentsInFootprint: person._count.appointments - appointments.length,
      networkMember: person.networkMemberships.length > 0,
      currentLeadRoles: person._count.assignments,
      interests: person.declarations.map((d) => ({
        organisationId: d.organisationId,
        partyName: d.partyName,
        description: d.description,
        organisationName: d.organisation?.name ?? null,
        published: d.published,
      })),
    };
  });
}

function currentAppointmentIn({ footprintId, today }: { footprintId: string; today: Date }) {
  return {
    role: { in: [...NON_EXECUTIVE_ROLES] },
    startsOn: { lte: today },
    OR: [{ endsOn: null }, { endsOn: { gte: today } }],
    organisation: { footprints: { some: { footprintId } } },
  } satisfies Prisma.AppointmentWhereInput;
}

function currentMembershipIn({ footprintId }: { footprintId: string }) {
  return {
    leftAt: null,
    network: { footprintId, status: { not: "CLOSED" } },
  } satisfies Prisma.NetworkMembershipWhereInput;
}

/** People who are eligible in a footprint: a current non-executive appointment there, or network membership. */
export function eligibleInFootprint({
  footprintId,
  now,
}: {
  footprintId: string;
  now: Date;
}): Prisma.PersonWhereInput {
  const today = dateOnly(ukDateString(now));
  return {
    OR: [
      { appointments: { some: currentAppointmentIn({ footprintId, today }) } },
      { networkMemberships: { some: currentMembershipIn({ footprintId }) } },
    ],
  };
}
