import "server-only";
import { prisma } from "../db/prisma";
import type { Prisma } from "../generated/prisma/client";
import { dateOnly, ukDateString } from "../format/dates";
import { NON_EXECUTIVE_ROLES, type CandidateFacts } from "./rank-candidates";

/** Facts about people for ranking, gathered in one query whatever their number. */
export async function loadCandidateFacts({
  footprintId,
  where,
  now,
  take,
}: {
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
      skills: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      appointments: {
        where: currentAppointment,
        select: { role: true, organisation: { select: { name: true } } },
      },
      networkMemberships: { where: currentMembership, select: { id: true } },
      declarations: {
        where: { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
        select: {
          organisationId: true,
          partyName: true,
          description: true,
          organisation: { select: { name: true } },
        },
      },
      _count: { select: { assignments: { where: { role: "LEAD", endsOn: null } } } },
    },
  });
  return people.map((person) => ({
    personId: person.id,
    name: `${person.givenName} ${person.familyName}`,
    skillIds: person.skills.map((s) => s.id),
    skillNames: person.skills.map((s) => s.name),
    appointmentsInFootprint: person.appointments.map((a) => ({
      organisationName: a.organisation.name,
      role: a.role,
    })),
    networkMember: person.networkMemberships.length > 0,
    currentLeadRoles: person._count.assignments,
    interests: person.declarations.map((d) => ({
      organisationId: d.organisationId,
      partyName: d.partyName,
      description: d.description,
      organisationName: d.organisation?.name ?? null,
    })),
  }));
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
