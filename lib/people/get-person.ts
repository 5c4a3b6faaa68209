import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import type { Prisma } from "../generated/prisma/client";
import {
  type ProfileField,
  profileScalarSelect,
  seesEverything,
  viewerFrom,
  VISIBILITY_SELECT,
  visibleFields,
} from "./visible-fields";

/**
 * One person's profile as the actor may see it. The visibility settings are read first; the
 * profile is then read with a `select` built from them, so private fields are never loaded. Only
 * people in the directory (with an appointment) or the actor themselves can be opened: anyone else
 * is "not found".
 */
export async function getPerson({ actor, id }: { actor: Actor; id: string }) {
  const viewer = viewerFrom(actor);
  const settings = await prisma.person.findFirst({
    where: {
      id,
      ...(seesEverything({ viewer, personId: id }) ? {} : { appointments: { some: {} } }),
    },
    select: { id: true, ...VISIBILITY_SELECT },
  });
  if (!settings) throw new DomainError({ code: "NOT_FOUND", message: "Person not found" });
  const fields = visibleFields({ viewer, personId: id, settings });
  const own = seesEverything({ viewer, personId: id });
  const full = {
    id: true,
    givenName: true,
    familyName: true,
    contactPreference: true,
    email: true,
    phone: true,
    bio: true,
    skills: { orderBy: { name: "asc" }, select: { name: true } },
    sectors: { orderBy: { name: "asc" }, select: { name: true } },
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
    // Published entries are public; unpublished ones only for the person and programme admins.
    declarations: {
      where: own ? {} : { published: true },
      orderBy: { startsOn: "desc" },
      select: {
        id: true,
        type: true,
        partyName: true,
        description: true,
        startsOn: true,
        endsOn: true,
        published: true,
        organisation: { select: { name: true } },
      },
    },
    networkMemberships: {
      where: { leftAt: null },
      select: { id: true, role: true, network: { select: { id: true, name: true } } },
    },
  } satisfies Prisma.PersonSelect;
  // Only the visible fields are selected: the others are never read from the database.
  const select = {
    ...full,
    ...profileScalarSelect(fields),
    skills: fields.includes("skills") ? full.skills : false,
    sectors: fields.includes("sectors") ? full.sectors : false,
    appointments: fields.includes("appointments") ? full.appointments : false,
  };
  const row = await prisma.person.findUniqueOrThrow({
    where: { id },
    select: select as typeof full,
  });
  const person = row as Omit<typeof row, ProfileField> & Partial<Pick<typeof row, ProfileField>>;
  return { person, fields, settings: own ? settings : null };
}
