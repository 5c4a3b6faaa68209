/**
 * Test data factories. Every call makes rows with unique names, so tests can share one database
 * and run in parallel without seeing each other's data.
 */
import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { createPrismaClient, type PrismaClient } from "@/lib/db/create-client";
import type { FootprintKind, Role } from "@/lib/generated/prisma/enums";

let client: PrismaClient | undefined;

/** A Prisma client on the integration suite's database (set up by tests/integration/global-setup.ts). */
export function testDb(): PrismaClient {
  if (!process.env.DATABASE_URL)
    throw new Error("DATABASE_URL is not set: run through the integration project");
  client ??= createPrismaClient({ connectionString: process.env.DATABASE_URL, max: 4 });
  return client;
}

export function unique(prefix = "t"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createRegion() {
  const code = unique("R");
  return testDb().region.create({
    data: { odsCode: code, onsCode: `${code}-ons`, name: `Region ${code}` },
  });
}

export async function createFootprint({
  kind = "ICS",
  name,
  regionId,
  parentId,
}: { kind?: FootprintKind; name?: string; regionId?: string; parentId?: string } = {}) {
  const region = regionId ? { id: regionId } : await createRegion();
  const code = unique("F");
  return testDb().footprint.create({
    data: { kind, name: name ?? `Footprint ${code}`, odsCode: code, regionId: region.id, parentId },
  });
}

const hashes = new Map<string, Promise<string>>();

export async function createUser({
  roles = ["MEMBER"],
  boardFootprintIds = [],
  password = "correct horse battery staple",
  disabled = false,
  name,
}: {
  roles?: Exclude<Role, "BOARD_ADMIN">[];
  boardFootprintIds?: string[];
  password?: string;
  disabled?: boolean;
  name?: string;
} = {}) {
  if (!hashes.has(password)) hashes.set(password, hash(password, { algorithm: 2 }));
  const email = `${unique("user")}@example.test`;
  const user = await testDb().user.create({
    data: {
      email,
      name: name ?? `Test ${email}`,
      passwordHash: await hashes.get(password)!,
      disabledAt: disabled ? new Date() : null,
      roleGrants: {
        create: [
          ...roles.map((role) => ({ role })),
          ...boardFootprintIds.map((footprintId) => ({
            role: "BOARD_ADMIN" as const,
            footprintId,
          })),
        ],
      },
    },
  });
  return { ...user, password };
}

export async function createOrganisation({
  footprintIds,
  kind = "TRUST",
}: {
  footprintIds: string[];
  kind?: "TRUST" | "CCG" | "LOCAL_AUTHORITY";
}) {
  const code = unique("O");
  return testDb().organisation.create({
    data: {
      kind,
      name: `Organisation ${code}`,
      odsCode: code,
      footprints: { create: footprintIds.map((footprintId) => ({ footprintId })) },
    },
  });
}

export async function createPerson({
  appointments = [],
  skillIds = [],
  name,
}: {
  appointments?: {
    organisationId: string;
    role?: "NED" | "LAY_MEMBER" | "CHAIR" | "COUNCILLOR" | "OTHER";
    startsOn?: string;
    endsOn?: string;
  }[];
  skillIds?: string[];
  name?: { givenName: string; familyName: string };
} = {}) {
  const suffix = unique("P");
  return testDb().person.create({
    data: {
      givenName: name?.givenName ?? "Test",
      familyName: name?.familyName ?? suffix,
      skills: { connect: skillIds.map((id) => ({ id })) },
      appointments: {
        create: appointments.map((a) => ({
          organisationId: a.organisationId,
          role: a.role ?? "NED",
          startsOn: new Date(`${a.startsOn ?? "2020-01-01"}T00:00:00Z`),
          endsOn: a.endsOn ? new Date(`${a.endsOn}T00:00:00Z`) : null,
        })),
      },
    },
  });
}

export async function createWorkstream({
  footprintId,
  skillIds = [],
}: {
  footprintId: string;
  skillIds?: string[];
}) {
  return testDb().workstream.create({
    data: {
      footprintId,
      name: `Workstream ${unique("W")}`,
      skills: { connect: skillIds.map((id) => ({ id })) },
    },
  });
}

export async function createBoardSeat({ footprintId }: { footprintId: string }) {
  return testDb().boardSeat.create({ data: { footprintId, name: `Seat ${unique("S")}` } });
}

/** A footprint with one organisation, a board admin of it, and `people` eligible people. */
export async function createBoardFixture({
  people = 2,
  leadCap,
}: { people?: number; leadCap?: number } = {}) {
  const footprint = await createFootprint();
  if (leadCap) await testDb().footprint.update({ where: { id: footprint.id }, data: { leadCap } });
  const organisation = await createOrganisation({ footprintIds: [footprint.id] });
  const admin = await createUser({ boardFootprintIds: [footprint.id] });
  const eligible = await Promise.all(
    Array.from({ length: people }, () =>
      createPerson({ appointments: [{ organisationId: organisation.id }] }),
    ),
  );
  return { footprint, organisation, admin, eligible };
}

/** A member (user + person) with a current appointment at an organisation in the footprint. */
export async function createMemberIn({
  footprintId,
  organisationId,
}: {
  footprintId: string;
  organisationId?: string;
}) {
  const organisation = organisationId
    ? { id: organisationId }
    : await createOrganisation({ footprintIds: [footprintId] });
  const user = await createUser();
  const person = await testDb().person.create({
    data: {
      givenName: "Test",
      familyName: unique("Person"),
      appointments: {
        create: {
          organisationId: organisation.id,
          role: "LAY_MEMBER",
          startsOn: new Date("2020-01-01"),
        },
      },
    },
  });
  await testDb().user.update({ where: { id: user.id }, data: { personId: person.id } });
  return { ...user, personId: person.id, organisationId: organisation.id };
}

export async function createRound({
  opensAt = new Date("2026-01-01T00:00:00Z"),
  closesAt = new Date("2030-01-01T12:00:00Z"),
  state = "OPEN",
}: {
  opensAt?: Date;
  closesAt?: Date;
  state?: "DRAFT" | "OPEN" | "CLOSED";
} = {}) {
  const slug = unique("round");
  return testDb().fundingRound.create({
    data: {
      slug,
      title: `Round ${slug}`,
      description: "A test round",
      opensAt,
      closesAt,
      budgetPence: 35_000_000,
      state,
      criteria: {
        create: [
          { name: "Innovation", weight: 35, position: 0 },
          { name: "Ambition", weight: 35, position: 1 },
          { name: "Scale", weight: 30, position: 2 },
        ],
      },
    },
  });
}

const SECTION_KEYS = [
  "FUNCTION_AND_MODEL",
  "EXISTING_NETWORK",
  "INNOVATION",
  "AMBITION",
  "SCALE",
  "CROSS_FOOTPRINT_TRUSTS",
  "OUTCOMES_AND_LEARNING",
  "TIMELINE",
] as const;

/** A draft bid with every section row; `complete` fills the answers and a matching budget. */
export async function createBid({
  roundId,
  footprintId,
  leadUserId,
  coAuthorIds = [],
  complete = false,
  state = "DRAFT",
}: {
  roundId: string;
  footprintId: string;
  leadUserId: string;
  coAuthorIds?: string[];
  complete?: boolean;
  state?: "DRAFT" | "SUBMITTED";
}) {
  return testDb().bid.create({
    data: {
      roundId,
      footprintId,
      leadUserId,
      title: `Bid ${unique("b")}`,
      state,
      submittedAt: state === "SUBMITTED" ? new Date() : null,
      amountRequestedPence: complete ? 3_000_000 : 0,
      sections: {
        create: SECTION_KEYS.map((key) => ({ key, body: complete ? `Answer for ${key}` : "" })),
      },
      coAuthors: { create: coAuthorIds.map((userId) => ({ userId })) },
      budgetLines: complete
        ? {
            create: [
              { description: "Network coordinator", amountPence: 2_000_000, position: 0 },
              { description: "Events", amountPence: 1_000_000, position: 1 },
            ],
          }
        : undefined,
    },
  });
}

export const SCALE = [
  { value: 1, label: "Poor", descriptor: "Does not address the criterion" },
  { value: 2, label: "Weak", descriptor: "Addresses it in part, with major gaps" },
  { value: 3, label: "Adequate", descriptor: "Addresses it, with some gaps" },
  { value: 4, label: "Good", descriptor: "Addresses it well" },
  { value: 5, label: "Excellent", descriptor: "Addresses it fully, with strong evidence" },
];

/**
 * A round in assessment (or `state`) with the 1–5 scale, `bids` submitted bids (each from its own
 * footprint with one organisation, in `regions` regions round-robin, asking `amounts[i]` pence)
 * and `assessors` assessor accounts. Nothing is assigned yet.
 */
export async function createAssessmentRound({
  bids = 3,
  assessors = 3,
  regions = 2,
  amounts,
  state = "IN_ASSESSMENT",
  budgetPence = 35_000_000,
  pilotPlaces = 7,
  assessorsPerBid = 3,
}: {
  bids?: number;
  assessors?: number;
  regions?: number;
  amounts?: number[];
  state?: "CLOSED" | "IN_ASSESSMENT";
  budgetPence?: number;
  pilotPlaces?: number;
  assessorsPerBid?: number;
} = {}) {
  const db = testDb();
  const round = await createRound({
    opensAt: new Date("2026-01-01T09:00:00Z"),
    closesAt: new Date("2026-03-01T12:00:00Z"),
    state: "CLOSED",
  });
  await db.fundingRound.update({
    where: { id: round.id },
    data: { state, budgetPence, pilotPlaces, assessorsPerBid },
  });
  await db.scalePoint.createMany({ data: SCALE.map((p) => ({ ...p, roundId: round.id })) });
  const criteria = await db.criterion.findMany({
    where: { roundId: round.id },
    orderBy: { position: "asc" },
  });
  const regionRows = await Promise.all(Array.from({ length: regions }, () => createRegion()));
  const made = [];
  for (let i = 0; i < bids; i += 1) {
    const footprint = await createFootprint({ regionId: regionRows[i % regions]!.id });
    const organisation = await createOrganisation({ footprintIds: [footprint.id] });
    const lead = await createMemberIn({
      footprintId: footprint.id,
      organisationId: organisation.id,
    });
    const bid = await createBid({
      roundId: round.id,
      footprintId: footprint.id,
      leadUserId: lead.id,
      complete: true,
      state: "SUBMITTED",
    });
    const amount = amounts?.[i];
    if (amount !== undefined)
      await db.bid.update({ where: { id: bid.id }, data: { amountRequestedPence: amount } });
    made.push({ ...bid, footprint, organisation, lead, regionId: footprint.regionId });
  }
  const assessorUsers = await Promise.all(
    Array.from({ length: assessors }, () => createUser({ roles: ["ASSESSOR"] })),
  );
  return { round, criteria, bids: made, assessors: assessorUsers, regions: regionRows };
}

/** A current assignment, and when `scores` is given a review submitted with those scores. */
export async function createReview({
  bidId,
  roundId,
  assessorId,
  criteria,
  scores,
  dueAt = null,
  submittedAt = new Date(),
}: {
  bidId: string;
  roundId: string;
  assessorId: string;
  criteria: { id: string }[];
  scores?: number[];
  dueAt?: Date | null;
  submittedAt?: Date;
}) {
  const db = testDb();
  const assignment = await db.reviewAssignment.create({
    data: { bidId, assessorId, dueAt },
  });
  if (!scores) return { assignment, review: null };
  const review = await db.review.create({
    data: {
      assignmentId: assignment.id,
      bidId,
      roundId,
      assessorId,
      state: "SUBMITTED",
      submittedAt,
      version: 2,
      scores: {
        create: criteria.map((c, i) => ({
          roundId,
          criterionId: c.id,
          score: scores[i]!,
          rationale: `Rationale ${i + 1}`,
        })),
      },
    },
  });
  return { assignment, review };
}
