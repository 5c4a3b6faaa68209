/**
 * The user accounts: the demo accounts a visitor signs in with, the staff assessors, and whatever
 * accounts the modules add to the plan (bid leads, wave one's assessors), all with DEMO_PASSWORD.
 */
import { needsSecondFactor } from "../../lib/auth/second-factor-rules";
import { Role } from "../../lib/generated/prisma/enums";
import type { PeoplePlan, PersonSeed } from "./people";
import { personName } from "./people";
import { icsKey } from "./reference-data";
import { idOf, type Db } from "./shared/ids";

export const DEMO_PASSWORD = "demo-password-2026";

/**
 * The authenticator key of every demo staff account (staff must use a second factor): add it to
 * an app by hand, or compute the code with any TOTP tool (SHA-1, 6 digits, 30 s), as the e2e
 * fixtures do. Public, like the password: demo data only.
 */
export const DEMO_TOTP_SECRET = "DEMODEMODEMODEMODEMODEMODEMODEMO";
const DEMO_TOTP_ENABLED_AT = new Date("2026-09-01T09:00:00.000Z");

export type DemoAccount = { email: string; role: Role; description: string };

/** The accounts a demo user signs in with, all with DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: "member@example.org",
    role: Role.MEMBER,
    description:
      "Lay member in Surrey Heartlands: member of its network, leads a workstream, drafting its bid",
  },
  {
    email: "assessor@example.org",
    role: Role.ASSESSOR,
    description: "NHSCC assessor for the pilot sites round",
  },
  {
    email: "admin@example.org",
    role: Role.PROGRAMME_ADMIN,
    description: "NHSCC programme admin: rounds, assessors, decisions, users, audit log",
  },
  {
    email: "board.surrey@example.org",
    role: Role.BOARD_ADMIN,
    description: "Board admin for Surrey Heartlands ICS: its 13 workstreams and assignments",
  },
  {
    email: "board.westyorkshire@example.org",
    role: Role.BOARD_ADMIN,
    description: "Board admin for West Yorkshire ICS",
  },
];

export type UserSeed = {
  id: string;
  email: string;
  personId: string;
  name: string;
  roles: Array<{ role: Role; footprintKey: string | null }>;
};

export function buildUser(
  slug: string,
  email: string,
  person: PersonSeed,
  roles: UserSeed["roles"],
): UserSeed {
  return {
    id: `seed-user-${slug}`,
    email: email.toLowerCase(),
    personId: person.id,
    name: personName(person),
    roles,
  };
}

export async function writeUsers(
  db: Db,
  users: UserSeed[],
  footprints: Map<string, string>,
  passwordHash: string,
): Promise<Map<string, string>> {
  await db.user.createMany({
    data: users.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      personId: u.personId,
      passwordHash,
      ...(needsSecondFactor(u.roles.map((r) => r.role))
        ? { totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: DEMO_TOTP_ENABLED_AT }
        : {}),
    })),
    skipDuplicates: true,
  });
  const rows = await db.user.findMany({
    where: { email: { in: users.map((u) => u.email) } },
    select: { id: true, email: true },
  });
  const byEmail = new Map(rows.map((row) => [row.email, row.id]));
  await db.roleGrant.createMany({
    data: users.flatMap((u) =>
      u.roles.map((grant) => ({
        id: `${u.id.replace("seed-user", "seed-grant")}-${grant.role.toLowerCase().replace(/_/g, "-")}`,
        userId: idOf(byEmail, u.email, "user"),
        role: grant.role,
        footprintId: grant.footprintKey ? idOf(footprints, grant.footprintKey, "footprint") : null,
        grantedAt: new Date("2026-09-01T09:00:00.000Z"),
      })),
    ),
    skipDuplicates: true,
  });
  return byEmail;
}

/** The demo accounts (DEMO_ACCOUNTS) and the staff assessors, on the people built for them. */
export function planDemoUsers({ special }: PeoplePlan): UserSeed[] {
  return [
    buildUser("demo-member", "member@example.org", special.member, [
      { role: Role.MEMBER, footprintKey: null },
    ]),
    buildUser("demo-assessor", "assessor@example.org", special.assessor, [
      { role: Role.ASSESSOR, footprintKey: null },
    ]),
    buildUser("demo-admin", "admin@example.org", special.admin, [
      { role: Role.PROGRAMME_ADMIN, footprintKey: null },
      { role: Role.MEMBER, footprintKey: null },
    ]),
    buildUser("demo-board-surrey", "board.surrey@example.org", special.boardSurrey, [
      { role: Role.BOARD_ADMIN, footprintKey: icsKey("QXU") },
      { role: Role.MEMBER, footprintKey: null },
    ]),
    buildUser(
      "demo-board-west-yorkshire",
      "board.westyorkshire@example.org",
      special.boardWestYorkshire,
      [
        { role: Role.BOARD_ADMIN, footprintKey: icsKey("QWO") },
        { role: Role.MEMBER, footprintKey: null },
      ],
    ),
    // Two more assessors, so that a bid can get the round's three.
    ...special.extraAssessors.map((person, index) =>
      buildUser(`staff-assessor-${index + 2}`, `assessor${index + 2}@example.org`, person, [
        { role: Role.ASSESSOR, footprintKey: null },
      ]),
    ),
  ];
}
