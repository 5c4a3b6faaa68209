/**
 * Every editable record type, edited one field at a time through its use-case: each changed column
 * must appear in the audit event of that edit, with its old value before and its new value after
 * (issue 10, item 10). Each model's columns are read from the Prisma client, and every column must
 * be either edited here or named as one the use-case does not edit, so a column added later fails
 * this suite until its edit is shown to be audited.
 */
import { afterAll, describe, expect, it } from "vitest";
import { setLeadCap } from "@/lib/assignments/set-lead-cap";
import { saveBoardSeat, saveWorkstream } from "@/lib/assignments/save-workstream";
import { loadActor, type Actor } from "@/lib/auth/session";
import { saveSection } from "@/lib/bids/save-section";
import { prisma } from "@/lib/db/prisma";
import { updateDeclaration } from "@/lib/declarations/update-declaration";
import { Prisma } from "@/lib/generated/prisma/client";
import { updateNetwork } from "@/lib/networks/update-network";
import { updateProfile } from "@/lib/people/update-profile";
import { saveRound, type RoundFields } from "@/lib/rounds/save-round";
import {
  createBid,
  createFootprint,
  createMemberIn,
  createRound,
  testDb,
  unique,
} from "../factories";
import {
  createBoardAdminActor,
  createMemberActor,
  createNetwork,
  createProgrammeAdminActor,
} from "../factories/people";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

async function actorOf(userId: string): Promise<Actor> {
  return (await loadActor({ userId }))!;
}

type Edit = { field: string; column?: string; apply: () => Promise<void> };

/** The newest audit event of a record. */
async function latestEvent(entityType: string, entityId: string) {
  return testDb().auditEvent.findFirstOrThrow({
    where: { entityType, entityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

/**
 * Runs each edit and checks the event it wrote names the field with different values before and
 * after; then checks the model's columns are all accounted for.
 */
async function expectEveryFieldAudited({
  model,
  entityType,
  entityId,
  edits,
  notEditable,
}: {
  model: Record<string, string>;
  entityType: string;
  entityId: () => string;
  edits: Edit[];
  /** Columns this use-case never writes (ids, timestamps, version, state moved by other use-cases). */
  notEditable: string[];
}) {
  for (const edit of edits) {
    const count = await testDb().auditEvent.count({ where: { entityType, entityId: entityId() } });
    await edit.apply();
    expect(
      await testDb().auditEvent.count({ where: { entityType, entityId: entityId() } }),
      `${entityType}.${edit.field}: one new event`,
    ).toBe(count + 1);
    const event = await latestEvent(entityType, entityId());
    const before = (event.before ?? {}) as Record<string, unknown>;
    const after = (event.after ?? {}) as Record<string, unknown>;
    const key = edit.column ?? edit.field;
    expect(key in after, `${entityType}.${key} in after: ${JSON.stringify(after)}`).toBe(true);
    expect(key in before, `${entityType}.${key} in before: ${JSON.stringify(before)}`).toBe(true);
    expect(JSON.stringify(before[key]), `${entityType}.${key}: before and after differ`).not.toBe(
      JSON.stringify(after[key]),
    );
  }
  const covered = new Set([...edits.map((e) => e.column ?? e.field), ...notEditable]);
  const columns = Object.values(model);
  expect(
    columns.filter((column) => !covered.has(column)),
    `${entityType} columns neither edited by this test nor listed as not editable`,
  ).toEqual([]);
}

describe("every changed field of an edit appears in its audit event", () => {
  it("a funding round", async () => {
    const actor = await createProgrammeAdminActor();
    const round = await createRound({ state: "DRAFT" });
    const current = async () =>
      testDb().fundingRound.findUniqueOrThrow({ where: { id: round.id } });
    const save = async (change: (fields: RoundFields) => Partial<RoundFields>) => {
      const r = await current();
      const fields: RoundFields = {
        title: r.title,
        slug: r.slug,
        description: r.description,
        eligibility: r.eligibility,
        opensAt: r.opensAt,
        closesAt: r.closesAt,
        budgetPence: r.budgetPence,
        pilotPlaces: r.pilotPlaces,
        assessorsPerBid: r.assessorsPerBid,
        disagreementThreshold: Number(r.disagreementThreshold),
      };
      await saveRound({
        actor,
        roundId: r.id,
        version: r.version,
        fields: { ...fields, ...change(fields) },
      });
    };
    const day = 86_400_000;
    await expectEveryFieldAudited({
      model: Prisma.FundingRoundScalarFieldEnum,
      entityType: "FundingRound",
      entityId: () => round.id,
      edits: [
        { field: "title", apply: () => save((f) => ({ title: `${f.title} changed` })) },
        { field: "slug", apply: () => save(() => ({ slug: unique("round") })) },
        { field: "description", apply: () => save((f) => ({ description: `${f.description}!` })) },
        { field: "eligibility", apply: () => save(() => ({ eligibility: "Only ICSs" })) },
        {
          field: "opensAt",
          apply: () => save((f) => ({ opensAt: new Date(f.opensAt.getTime() + day) })),
        },
        {
          field: "closesAt",
          apply: () => save((f) => ({ closesAt: new Date(f.closesAt.getTime() + day) })),
        },
        { field: "budgetPence", apply: () => save((f) => ({ budgetPence: f.budgetPence + 100 })) },
        { field: "pilotPlaces", apply: () => save((f) => ({ pilotPlaces: f.pilotPlaces + 1 })) },
        {
          field: "assessorsPerBid",
          apply: () => save((f) => ({ assessorsPerBid: f.assessorsPerBid + 1 })),
        },
        {
          field: "disagreementThreshold",
          apply: () => save((f) => ({ disagreementThreshold: f.disagreementThreshold + 0.5 })),
        },
      ],
      // state moves by changeRoundState (audited as round.state_changed); publishedAt by publishing.
      notEditable: ["id", "state", "publishedAt", "createdAt", "updatedAt", "version"],
    });
  });

  it("a network", async () => {
    const footprint = await createFootprint();
    const { actor } = await createBoardAdminActor({ footprintId: footprint.id });
    const network = await createNetwork({ footprintId: footprint.id });
    const save = async (change: Record<string, string>) => {
      const n = await testDb().network.findUniqueOrThrow({ where: { id: network.id } });
      await updateNetwork({
        actor,
        id: n.id,
        input: {
          footprintId: n.footprintId,
          name: n.name,
          purpose: n.purpose,
          function: n.function,
          model: n.model,
          howToJoin: n.howToJoin,
          status: n.status,
          version: n.version,
          ...change,
        } as Parameters<typeof updateNetwork>[0]["input"],
      });
    };
    await expectEveryFieldAudited({
      model: Prisma.NetworkScalarFieldEnum,
      entityType: "Network",
      entityId: () => network.id,
      edits: [
        { field: "name", apply: () => save({ name: `Network ${unique()}` }) },
        { field: "purpose", apply: () => save({ purpose: "A new purpose" }) },
        { field: "function", apply: () => save({ function: "Assurance" }) },
        { field: "model", apply: () => save({ model: "A discussion group" }) },
        { field: "howToJoin", apply: () => save({ howToJoin: "Write to the chair" }) },
        { field: "status", apply: () => save({ status: "PILOT" }) },
      ],
      // A network stays on its footprint: the edit form cannot move it.
      notEditable: ["id", "footprintId", "createdAt", "updatedAt", "version"],
    });
  });

  it("a workstream and a board seat", async () => {
    const footprint = await createFootprint();
    const { actor } = await createBoardAdminActor({ footprintId: footprint.id });
    const skill = await testDb().skill.create({ data: { name: unique("Skill") } });
    const { id } = await saveWorkstream({
      actor,
      input: {
        footprintId: footprint.id,
        name: `Workstream ${unique()}`,
        description: "",
        status: "ACTIVE",
        skillIds: [],
      },
    });
    const saveW = async (change: Record<string, unknown>) => {
      const w = await testDb().workstream.findUniqueOrThrow({
        where: { id },
        include: { skills: { select: { id: true } } },
      });
      await saveWorkstream({
        actor,
        input: {
          id,
          footprintId: footprint.id,
          name: w.name,
          description: w.description,
          status: w.status,
          skillIds: w.skills.map((s) => s.id),
          version: w.version,
          ...change,
        } as Parameters<typeof saveWorkstream>[0]["input"],
      });
    };
    await expectEveryFieldAudited({
      model: Prisma.WorkstreamScalarFieldEnum,
      entityType: "Workstream",
      entityId: () => id,
      edits: [
        { field: "name", apply: () => saveW({ name: `Workstream ${unique()}` }) },
        { field: "description", apply: () => saveW({ description: "Urgent care" }) },
        { field: "skillIds", apply: () => saveW({ skillIds: [skill.id] }) },
        { field: "status", apply: () => saveW({ status: "CLOSED" }) },
        { field: "closedAt", apply: () => saveW({ status: "ACTIVE" }) },
      ],
      notEditable: ["id", "footprintId", "createdAt", "updatedAt", "version"],
    });

    const seat = await saveBoardSeat({
      actor,
      input: {
        footprintId: footprint.id,
        name: `Seat ${unique()}`,
        description: "",
        status: "ACTIVE",
      },
    });
    const saveS = async (change: Record<string, unknown>) => {
      const s = await testDb().boardSeat.findUniqueOrThrow({ where: { id: seat.id } });
      await saveBoardSeat({
        actor,
        input: {
          id: seat.id,
          footprintId: footprint.id,
          name: s.name,
          description: s.description,
          status: s.status,
          version: s.version,
          ...change,
        } as Parameters<typeof saveBoardSeat>[0]["input"],
      });
    };
    await expectEveryFieldAudited({
      model: Prisma.BoardSeatScalarFieldEnum,
      entityType: "BoardSeat",
      entityId: () => seat.id,
      edits: [
        { field: "name", apply: () => saveS({ name: `Seat ${unique()}` }) },
        { field: "description", apply: () => saveS({ description: "Finance seat" }) },
        { field: "status", apply: () => saveS({ status: "CLOSED" }) },
        { field: "closedAt", apply: () => saveS({ status: "ACTIVE" }) },
      ],
      notEditable: ["id", "footprintId", "createdAt", "updatedAt", "version"],
    });
  });

  it("a bid's answers", async () => {
    const footprint = await createFootprint();
    const lead = await createMemberIn({ footprintId: footprint.id });
    const round = await createRound();
    const bid = await createBid({
      roundId: round.id,
      footprintId: footprint.id,
      leadUserId: lead.id,
    });
    const actor = await actorOf(lead.id);
    const section = await testDb().bidSection.findFirstOrThrow({ where: { bidId: bid.id } });
    await saveSection({
      actor,
      bidId: bid.id,
      key: section.key,
      body: "A first answer",
      version: section.version,
    });
    const event = await latestEvent("Bid", bid.id);
    expect(event.before).toMatchObject({ key: section.key, body: "" });
    expect(event.after).toMatchObject({ key: section.key, body: "A first answer" });
  });

  it("a footprint's lead cap", async () => {
    const footprint = await createFootprint();
    const { actor } = await createBoardAdminActor({ footprintId: footprint.id });
    const count = await testDb().auditEvent.count({ where: { entityId: footprint.id } });
    await setLeadCap({ actor, footprintId: footprint.id, leadCap: 5 });
    expect(await testDb().auditEvent.count({ where: { entityId: footprint.id } })).toBe(count + 1);
    const event = await latestEvent("Footprint", footprint.id);
    expect(event.before).toEqual({ leadCap: 3 });
    expect(event.after).toEqual({ leadCap: 5 });
  });

  it("a person's profile", async () => {
    const { person, actor } = await createMemberActor();
    const skill = await testDb().skill.create({ data: { name: unique("Skill") } });
    const sector = await testDb().sector.create({ data: { name: unique("Sector") } });
    const save = async (change: Record<string, unknown>) => {
      const p = await testDb().person.findUniqueOrThrow({
        where: { id: person.id },
        include: { skills: { select: { id: true } }, sectors: { select: { id: true } } },
      });
      await updateProfile({
        actor: actor as Actor,
        profile: {
          givenName: p.givenName,
          familyName: p.familyName,
          bio: p.bio,
          email: p.email ?? "",
          phone: (p.phone ?? "").replace(/[^0-9 +()-]/g, ""),
          contactPreference: p.contactPreference,
          skills: p.skills.map((s) => s.id),
          sectors: p.sectors.map((s) => s.id),
          emailVisibility: p.emailVisibility,
          phoneVisibility: p.phoneVisibility,
          bioVisibility: p.bioVisibility,
          skillsVisibility: p.skillsVisibility,
          sectorsVisibility: p.sectorsVisibility,
          appointmentsVisibility: p.appointmentsVisibility,
          version: p.version,
          ...change,
        } as Parameters<typeof updateProfile>[0]["profile"],
      });
    };
    // The factory's phone is not a phone number; save a clean one first so later edits change one field.
    await save({});
    await expectEveryFieldAudited({
      model: Prisma.PersonScalarFieldEnum,
      entityType: "Person",
      entityId: () => person.id,
      edits: [
        { field: "givenName", apply: () => save({ givenName: "Alexandra" }) },
        { field: "familyName", apply: () => save({ familyName: unique("Surname") }) },
        { field: "bio", apply: () => save({ bio: "A new biography" }) },
        { field: "email", apply: () => save({ email: `${unique()}@example.org` }) },
        { field: "phone", apply: () => save({ phone: "01632 960 001" }) },
        { field: "contactPreference", apply: () => save({ contactPreference: "PHONE" }) },
        { field: "emailVisibility", apply: () => save({ emailVisibility: "MEMBERS" }) },
        { field: "phoneVisibility", apply: () => save({ phoneVisibility: "MEMBERS" }) },
        { field: "bioVisibility", apply: () => save({ bioVisibility: "PRIVATE" }) },
        { field: "skillsVisibility", apply: () => save({ skillsVisibility: "PRIVATE" }) },
        { field: "sectorsVisibility", apply: () => save({ sectorsVisibility: "PRIVATE" }) },
        {
          field: "appointmentsVisibility",
          apply: () => save({ appointmentsVisibility: "PRIVATE" }),
        },
      ],
      notEditable: ["id", "createdAt", "updatedAt", "version"],
    });
    // Skills and sectors are relations, not columns: their changes are audited too.
    for (const [field, value] of [
      ["skills", { skills: [skill.id] }],
      ["sectors", { sectors: [sector.id] }],
    ] as const) {
      await save(value);
      const event = await latestEvent("Person", person.id);
      const before = JSON.stringify((event.before as Record<string, unknown>)?.[field]);
      const after = JSON.stringify((event.after as Record<string, unknown>)?.[field]);
      expect(after, field).toBeDefined();
      expect(before, field).not.toBe(after);
    }
  });

  it("a declaration", async () => {
    const { person, actor } = await createMemberActor();
    const organisation = await testDb().organisation.create({
      data: { name: unique("Organisation"), kind: "TRUST" },
    });
    const declaration = await testDb().declaration.create({
      data: {
        personId: person.id,
        type: "FINANCIAL",
        partyName: "A party",
        description: "Shares",
        startsOn: new Date("2024-01-01"),
      },
    });
    const save = async (change: Record<string, unknown>) => {
      const d = await testDb().declaration.findUniqueOrThrow({ where: { id: declaration.id } });
      await updateDeclaration({
        actor,
        id: d.id,
        input: {
          type: d.type,
          organisationId: d.organisationId ?? "",
          partyName: d.partyName ?? "",
          description: d.description,
          startsOn: d.startsOn,
          endsOn: d.endsOn,
          published: d.published,
          version: d.version,
          ...change,
        } as Parameters<typeof updateDeclaration>[0]["input"],
      });
    };
    await expectEveryFieldAudited({
      model: Prisma.DeclarationScalarFieldEnum,
      entityType: "Declaration",
      entityId: () => declaration.id,
      edits: [
        { field: "type", apply: () => save({ type: "INDIRECT" }) },
        { field: "organisationId", apply: () => save({ organisationId: organisation.id }) },
        { field: "partyName", apply: () => save({ partyName: "Another party" }) },
        { field: "description", apply: () => save({ description: "Directorship" }) },
        { field: "startsOn", apply: () => save({ startsOn: new Date("2024-02-01") }) },
        { field: "endsOn", apply: () => save({ endsOn: new Date("2026-01-31") }) },
        { field: "published", apply: () => save({ published: true }) },
      ],
      // requiredByPolicy is set by policy, never by the person.
      notEditable: ["id", "personId", "requiredByPolicy", "createdAt", "updatedAt", "version"],
    });
  });
});
