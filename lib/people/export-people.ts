import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { toCsv } from "../csv/to-csv";

/**
 * The people directory as CSV, for programme admins only (who see every field). Anyone else is
 * "not found". One query.
 */
export async function exportPeopleCsv({ actor }: { actor: Actor }): Promise<string> {
  if (!actor.roles.has("PROGRAMME_ADMIN"))
    throw new DomainError({ code: "NOT_FOUND", message: "Not found" });
  const today = new Date();
  const current = { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] };
  const people = await prisma.person.findMany({
    where: { appointments: { some: current } },
    orderBy: [{ familyName: "asc" }, { givenName: "asc" }, { id: "asc" }],
    select: {
      id: true,
      givenName: true,
      familyName: true,
      email: true,
      phone: true,
      contactPreference: true,
      skills: { orderBy: { name: "asc" }, select: { name: true } },
      sectors: { orderBy: { name: "asc" }, select: { name: true } },
      appointments: {
        where: current,
        orderBy: { startsOn: "desc" },
        select: { role: true, title: true, organisation: { select: { name: true } } },
      },
    },
  });
  return toCsv([
    [
      "id",
      "given_name",
      "family_name",
      "email",
      "phone",
      "contact_preference",
      "appointments",
      "skills",
      "sectors",
    ],
    ...people.map((p) => [
      p.id,
      p.givenName,
      p.familyName,
      p.email,
      p.phone,
      p.contactPreference,
      p.appointments.map((a) => `${a.title ?? a.role} at ${a.organisation.name}`).join("; "),
      p.skills.map((s) => s.name).join("; "),
      p.sectors.map((s) => s.name).join("; "),
    ]),
  ]);
}
