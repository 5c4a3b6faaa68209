/**
 * Which profile fields a viewer may see (issue 3: "private fields never leave the server for anyone
 * but the person and programme admins"). The answer is turned into Prisma `select` and `where`
 * clauses, so a private value is never read from the database for someone who may not see it: it
 * cannot reach a server component's props, the RSC payload or a CSV.
 */
import type { FieldVisibility } from "../generated/prisma/enums";

export const PROFILE_FIELDS = [
  "email",
  "phone",
  "bio",
  "skills",
  "sectors",
  "appointments",
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export type VisibilitySettings = {
  [K in ProfileField as `${K}Visibility`]: FieldVisibility;
};

/** Who is looking. Signed-out visitors are `null`: they see no people at all. */
export type Viewer = { personId: string | null; isProgrammeAdmin: boolean } | null;

export const VISIBILITY_SELECT = {
  emailVisibility: true,
  phoneVisibility: true,
  bioVisibility: true,
  skillsVisibility: true,
  sectorsVisibility: true,
  appointmentsVisibility: true,
} as const satisfies Record<keyof VisibilitySettings, true>;

/** Whether the viewer sees every field of this person: their own profile, or a programme admin. */
export function seesEverything({ viewer, personId }: { viewer: Viewer; personId: string }) {
  return viewer !== null && (viewer.isProgrammeAdmin || viewer.personId === personId);
}

/** The fields of one person that the viewer may see. */
export function visibleFields({
  viewer,
  personId,
  settings,
}: {
  viewer: Viewer;
  personId: string;
  settings: VisibilitySettings;
}): ProfileField[] {
  if (viewer === null) return [];
  if (seesEverything({ viewer, personId })) return [...PROFILE_FIELDS];
  return PROFILE_FIELDS.filter((field) => settings[`${field}Visibility`] === "MEMBERS");
}

/**
 * A Prisma `where` on Person matching the people whose `field` the viewer may see, or `null` when
 * the viewer may see it for nobody (signed out).
 */
export function fieldVisibleWhere({ viewer, field }: { viewer: Viewer; field: ProfileField }) {
  if (viewer === null) return null;
  if (viewer.isProgrammeAdmin) return {};
  const visibility = { [`${field}Visibility`]: "MEMBERS" as const };
  return viewer.personId ? { OR: [visibility, { id: viewer.personId }] } : visibility;
}

/**
 * The scalar part of a Prisma `select` for one person's profile: only the visible fields. Lists
 * (skills, sectors, appointments) are added by the caller with their own shape, keyed on the same
 * answer.
 */
export function profileScalarSelect(fields: readonly ProfileField[]) {
  return {
    email: fields.includes("email"),
    phone: fields.includes("phone"),
    bio: fields.includes("bio"),
  };
}

/** The viewer for a signed-in actor (or null when signed out). */
export function viewerFrom(
  actor: { personId: string | null; roles: ReadonlySet<string> } | null,
): Viewer {
  if (!actor) return null;
  return { personId: actor.personId, isProgrammeAdmin: actor.roles.has("PROGRAMME_ADMIN") };
}
