import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { paginate } from "../footprints/footprint-filter";
import type { Prisma } from "../generated/prisma/client";
import type { PeopleFilter } from "./people-filter";
import { fieldVisibleWhere, viewerFrom } from "./visible-fields";

function currentAppointment(today: Date) {
  return { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] };
}

/**
 * The people directory (signed-in only). Filters on appointments, skills and sectors match only
 * where the person shows that field, so a filter cannot reveal a private value either. Fields are
 * read in one query each, restricted in the database to the people who show them: a fixed number
 * of queries (count, page, appointments, skills, sectors) whatever the page holds.
 */
export async function listPeople({ actor, filter }: { actor: Actor; filter: PeopleFilter }) {
  const viewer = viewerFrom(actor);
  const today = new Date();
  const appointmentsVisible = fieldVisibleWhere({ viewer, field: "appointments" })!;
  const skillsVisible = fieldVisibleWhere({ viewer, field: "skills" })!;
  const sectorsVisible = fieldVisibleWhere({ viewer, field: "sectors" })!;

  const appointmentFilter: Prisma.AppointmentWhereInput = {
    ...currentAppointment(today),
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.organisation
      ? { organisation: { name: { contains: filter.organisation, mode: "insensitive" } } }
      : {}),
  };
  const inFootprint: Prisma.AppointmentWhereInput[] = [
    ...(filter.footprint
      ? [{ organisation: { footprints: { some: { footprintId: filter.footprint } } } }]
      : []),
    ...(filter.region
      ? [{ organisation: { footprints: { some: { footprint: { regionId: filter.region } } } } }]
      : []),
  ];
  const filtersAppointments =
    filter.role || filter.organisation || filter.footprint || filter.region;

  const nameWords = filter.q ? filter.q.split(" ") : [];
  const where: Prisma.PersonWhereInput = {
    // The directory lists non-executives: people with a current appointment.
    appointments: { some: currentAppointment(today) },
    AND: [
      // Each word of the name matches the first or last name (trigram indexes on both).
      ...nameWords.map((word) => ({
        OR: [
          { givenName: { contains: word, mode: "insensitive" as const } },
          { familyName: { contains: word, mode: "insensitive" as const } },
        ],
      })),
      ...(filtersAppointments
        ? [
            appointmentsVisible,
            { appointments: { some: { AND: [appointmentFilter, ...inFootprint] } } },
          ]
        : []),
      ...(filter.skill ? [skillsVisible, { skills: { some: { id: filter.skill } } }] : []),
      ...(filter.sector ? [sectorsVisible, { sectors: { some: { id: filter.sector } } }] : []),
    ],
  };

  const total = await prisma.person.count({ where });
  const page = paginate({ total, page: filter.page });
  const people = await prisma.person.findMany({
    where,
    orderBy: [{ familyName: "asc" }, { givenName: "asc" }, { id: "asc" }],
    skip: page.skip,
    take: page.take,
    select: { id: true, givenName: true, familyName: true },
  });
  const ids = people.map((p) => p.id);
  const [withAppointments, withSkills, withSectors] = await Promise.all([
    prisma.person.findMany({
      where: { AND: [{ id: { in: ids } }, appointmentsVisible] },
      select: {
        id: true,
        appointments: {
          where: currentAppointment(today),
          orderBy: { startsOn: "desc" },
          select: {
            id: true,
            role: true,
            title: true,
            organisation: { select: { id: true, name: true } },
          },
        },
      },
    }),
    prisma.person.findMany({
      where: { AND: [{ id: { in: ids } }, skillsVisible] },
      select: { id: true, skills: { orderBy: { name: "asc" }, select: { name: true } } },
    }),
    prisma.person.findMany({
      where: { AND: [{ id: { in: ids } }, sectorsVisible] },
      select: { id: true, sectors: { orderBy: { name: "asc" }, select: { name: true } } },
    }),
  ]);
  const appointmentsOf = new Map(withAppointments.map((p) => [p.id, p.appointments]));
  const skillsOf = new Map(withSkills.map((p) => [p.id, p.skills.map((s) => s.name)]));
  const sectorsOf = new Map(withSectors.map((p) => [p.id, p.sectors.map((s) => s.name)]));

  return {
    total,
    page,
    people: people.map((person) => ({
      ...person,
      // Absent (undefined) when private: the key is not sent at all.
      appointments: appointmentsOf.get(person.id),
      skills: skillsOf.get(person.id),
      sectors: sectorsOf.get(person.id),
    })),
  };
}
