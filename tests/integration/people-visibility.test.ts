/**
 * Issue 3 acceptance: signed out sees no people; a member sees only the fields others chose to
 * show; private fields are absent from what the use-cases return (so from the HTML and every
 * server response built from it), not merely hidden.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { getFootprint } from "@/lib/footprints/get-footprint";
import { exportPeopleCsv } from "@/lib/people/export-people";
import { getPerson } from "@/lib/people/get-person";
import { listPeople } from "@/lib/people/list-people";
import { ZPeopleFilter } from "@/lib/people/people-filter";
import { search } from "@/lib/search/search";
import type { Actor } from "@/lib/auth/session";
import { createFootprint, testDb } from "../factories";
import {
  createMemberActor,
  createOrganisation,
  createPerson,
  createProgrammeAdminActor,
} from "../factories/people";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

const ALL_PRIVATE = {
  emailVisibility: "PRIVATE",
  phoneVisibility: "PRIVATE",
  bioVisibility: "PRIVATE",
  skillsVisibility: "PRIVATE",
  sectorsVisibility: "PRIVATE",
  appointmentsVisibility: "PRIVATE",
} as const;
const ALL_SHOWN = {
  emailVisibility: "MEMBERS",
  phoneVisibility: "MEMBERS",
  bioVisibility: "MEMBERS",
  skillsVisibility: "MEMBERS",
  sectorsVisibility: "MEMBERS",
  appointmentsVisibility: "MEMBERS",
} as const;

let footprintId: string;
let organisationId: string;
let hidden: Awaited<ReturnType<typeof createPerson>>;
let shown: Awaited<ReturnType<typeof createPerson>>;
let member: Actor;
let admin: Actor;

/** Every value the hidden person keeps private. */
function privateValuesOf(p: typeof hidden) {
  return [
    p.person.email!,
    p.person.phone!,
    p.person.bio,
    p.skill.name,
    p.sector.name,
    `Appointment title ${p.tag}`,
  ];
}

/** What a server component would put in the HTML and the RSC payload: the JSON and a render. */
function serialised(value: unknown): string {
  const json = JSON.stringify(value);
  const html = renderToStaticMarkup(createElement("pre", null, json));
  return json + html;
}

beforeAll(async () => {
  const footprint = await createFootprint();
  footprintId = footprint.id;
  organisationId = (await createOrganisation({ footprintIds: [footprintId] })).id;
  hidden = await createPerson({ organisationId, visibility: ALL_PRIVATE });
  shown = await createPerson({ organisationId, visibility: ALL_SHOWN });
  member = (await createMemberActor()).actor;
  admin = await createProgrammeAdminActor();
});

describe("signed out", () => {
  it("sees no people on a footprint's page and none in search", async () => {
    const page = await getFootprint({ id: footprintId, actor: null });
    expect(page.nonExecutives).toBeNull();
    const text = serialised(page);
    expect(text).not.toContain(hidden.person.familyName);
    expect(text).not.toContain(shown.person.familyName);
    const results = await search({ actor: null, query: shown.person.familyName });
    expect(results?.people).toBeNull();
  });
});

describe("a member", () => {
  it("sees in the directory only the fields each person shows", async () => {
    const filter = ZPeopleFilter.parse({ q: hidden.person.familyName });
    const { people } = await listPeople({ actor: member, filter });
    expect(people).toHaveLength(1);
    expect(people[0]).toEqual({
      id: hidden.person.id,
      givenName: hidden.person.givenName,
      familyName: hidden.person.familyName,
      appointments: undefined,
      skills: undefined,
      sectors: undefined,
    });
    const text = serialised(people);
    for (const value of privateValuesOf(hidden)) expect(text).not.toContain(value);

    const other = await listPeople({
      actor: member,
      filter: ZPeopleFilter.parse({ q: shown.person.familyName }),
    });
    expect(other.people[0]?.skills).toEqual([shown.skill.name]);
    expect(other.people[0]?.sectors).toEqual([shown.sector.name]);
    expect(other.people[0]?.appointments?.[0]?.title).toBe(`Appointment title ${shown.tag}`);
  });

  it("cannot find someone by a skill, sector or appointment they keep private", async () => {
    for (const filter of [
      { skill: hidden.skill.id },
      { sector: hidden.sector.id },
      { footprint: footprintId, q: hidden.person.familyName },
    ]) {
      const { total } = await listPeople({ actor: member, filter: ZPeopleFilter.parse(filter) });
      expect(total, JSON.stringify(filter)).toBe(0);
    }
    const bySkill = await listPeople({
      actor: member,
      filter: ZPeopleFilter.parse({ skill: shown.skill.id }),
    });
    expect(bySkill.people.map((p) => p.id)).toEqual([shown.person.id]);
  });

  it("opens a profile without its private fields ever being read", async () => {
    const { person } = await getPerson({ actor: member, id: hidden.person.id });
    for (const key of ["email", "phone", "bio", "skills", "sectors", "appointments"])
      expect(person).not.toHaveProperty(key);
    const text = serialised(person);
    for (const value of privateValuesOf(hidden)) expect(text).not.toContain(value);

    const open = await getPerson({ actor: member, id: shown.person.id });
    expect(open.person.email).toBe(shown.person.email);
    expect(open.person.bio).toBe(shown.person.bio);
  });

  it("does not see a private appointment among a footprint's non-executives", async () => {
    const page = await getFootprint({ id: footprintId, actor: member });
    const names = page.nonExecutives!.map((a) => a.person.id);
    expect(names).toEqual([shown.person.id]);
    const text = serialised(page);
    for (const value of privateValuesOf(hidden)) expect(text).not.toContain(value);
  });

  it("is refused the CSV export", async () => {
    await expect(exportPeopleCsv({ actor: member })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the person themselves and programme admins", () => {
  it("see every field", async () => {
    const self = await createPerson({ organisationId, visibility: ALL_PRIVATE, withUser: true });
    const { actorFor } = await import("../factories/people");
    const selfActor = await actorFor(self.userId!);
    const own = await getPerson({ actor: selfActor, id: self.person.id });
    expect(own.person.email).toBe(self.person.email);
    expect(own.person.skills).toEqual([{ name: self.skill.name }]);

    const asAdmin = await getPerson({ actor: admin, id: hidden.person.id });
    expect(asAdmin.person.phone).toBe(hidden.person.phone);
    const { people } = await listPeople({
      actor: admin,
      filter: ZPeopleFilter.parse({ skill: hidden.skill.id }),
    });
    expect(people.map((p) => p.id)).toEqual([hidden.person.id]);
    const csv = await exportPeopleCsv({ actor: admin });
    expect(csv).toContain(hidden.person.email!);
  });
});
