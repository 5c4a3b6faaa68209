/**
 * Factories for people, organisations and networks (issue 3). Unique names, so tests share one
 * database and run in parallel.
 */
import { loadActor } from "@/lib/auth/session";
import type {
  AppointmentRole,
  FieldVisibility,
  NetworkStatus,
  OrganisationKind,
} from "@/lib/generated/prisma/enums";
import { createFootprint, createUser, testDb, unique } from "./index";

export async function createOrganisation({
  footprintIds = [],
  kind = "TRUST",
  name,
}: { footprintIds?: string[]; kind?: OrganisationKind; name?: string } = {}) {
  return testDb().organisation.create({
    data: {
      kind,
      name: name ?? `Organisation ${unique("O")}`,
      footprints: { create: footprintIds.map((footprintId) => ({ footprintId })) },
    },
  });
}

type Visibility = Partial<
  Record<
    | "emailVisibility"
    | "phoneVisibility"
    | "bioVisibility"
    | "skillsVisibility"
    | "sectorsVisibility"
    | "appointmentsVisibility",
    FieldVisibility
  >
>;

/** A person with a current appointment at `organisationId` (when given), a skill and a sector. */
export async function createPerson({
  organisationId,
  role = "NED",
  visibility = {},
  givenName,
  familyName,
  withUser = false,
}: {
  organisationId?: string;
  role?: AppointmentRole;
  visibility?: Visibility;
  givenName?: string;
  familyName?: string;
  withUser?: boolean;
} = {}) {
  const tag = unique("p");
  const skill = await testDb().skill.create({ data: { name: `Skill ${tag}` } });
  const sector = await testDb().sector.create({ data: { name: `Sector ${tag}` } });
  const person = await testDb().person.create({
    data: {
      givenName: givenName ?? `Given${tag}`,
      familyName: familyName ?? `Family${tag}`,
      email: `secret-email-${tag}@example.test`,
      phone: `0161 ${tag.slice(2, 5)} secret-phone-${tag}`,
      bio: `Secret biography ${tag}`,
      ...visibility,
      skills: { connect: { id: skill.id } },
      sectors: { connect: { id: sector.id } },
      appointments: organisationId
        ? {
            create: {
              organisationId,
              role,
              title: `Appointment title ${tag}`,
              startsOn: new Date("2020-01-01"),
            },
          }
        : undefined,
    },
  });
  let userId: string | null = null;
  if (withUser) {
    const user = await createUser({ name: `${person.givenName} ${person.familyName}` });
    await testDb().user.update({ where: { id: user.id }, data: { personId: person.id } });
    userId = user.id;
  }
  return { person, skill, sector, tag, userId };
}

/** The actor of a user id, as requireUser would return it. */
export async function actorFor(userId: string) {
  const actor = await loadActor({ userId });
  if (!actor) throw new Error("no actor");
  return actor;
}

/** A member (user with a person) and their actor. */
export async function createMemberActor({ organisationId }: { organisationId?: string } = {}) {
  const { person, userId } = await createPerson({ organisationId, withUser: true });
  return { person, actor: await actorFor(userId!) };
}

/** A board admin of `footprintId`, with a person of their own. */
export async function createBoardAdminActor({ footprintId }: { footprintId: string }) {
  const user = await createUser({ boardFootprintIds: [footprintId] });
  const { person } = await createPerson();
  await testDb().user.update({ where: { id: user.id }, data: { personId: person.id } });
  return { person, actor: await actorFor(user.id) };
}

export async function createProgrammeAdminActor() {
  const user = await createUser({ roles: ["MEMBER", "PROGRAMME_ADMIN"] });
  return actorFor(user.id);
}

export async function createNetwork({
  footprintId,
  status = "ESTABLISHED",
}: {
  footprintId?: string;
  status?: NetworkStatus;
} = {}) {
  const footprint = footprintId ? { id: footprintId } : await createFootprint();
  return testDb().network.create({
    data: {
      footprintId: footprint.id,
      name: `Network ${unique("N")}`,
      purpose: "Bring non-executives together.",
      status,
    },
  });
}
