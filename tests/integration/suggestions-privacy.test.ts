/**
 * Decision 009: a board admin's suggestions show what a person shares with members, and a flag for
 * a declared interest that may touch the workstream; never a private skill, a private appointment
 * or the party of an unpublished declaration, anywhere in what the use-case returns (which is what
 * the page renders and the RSC payload carries).
 */
import { afterAll, describe, expect, it } from "vitest";
import { suggestPeople } from "@/lib/assignments/suggest-people";
import { loadActor } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import {
  createBoardFixture,
  createOrganisation,
  createWorkstream,
  testDb,
  unique,
} from "../factories";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

describe("a board admin's suggestions", () => {
  it("leave out what a person keeps private, and flag an unpublished interest without naming it", async () => {
    const { footprint, organisation, admin } = await createBoardFixture({ people: 0 });
    const secretSkill = await testDb().skill.create({ data: { name: unique("Forensic audit") } });
    const sharedSkill = await testDb().skill.create({ data: { name: unique("Governance") } });
    const workstream = await createWorkstream({
      footprintId: footprint.id,
      skillIds: [secretSkill.id, sharedSkill.id],
    });
    const secretOrganisation = await createOrganisation({ footprintIds: [footprint.id] });
    await testDb().organisation.update({
      where: { id: secretOrganisation.id },
      data: { name: `Confidential Trust ${unique()}` },
    });
    const secretParty = `Hidden Holdings ${unique()}`;
    const publicParty = `Open Partnership ${unique()}`;
    const make = (familyName: string, visibility: "PRIVATE" | "MEMBERS") =>
      testDb().person.create({
        data: {
          givenName: "Test",
          familyName,
          skillsVisibility: visibility,
          appointmentsVisibility: visibility,
          skills: { connect: [{ id: visibility === "PRIVATE" ? secretSkill.id : sharedSkill.id }] },
          appointments: {
            create: {
              organisationId: visibility === "PRIVATE" ? secretOrganisation.id : organisation.id,
              role: "NED",
              startsOn: new Date("2020-01-01"),
            },
          },
          declarations: {
            create: {
              type: "FINANCIAL",
              organisationId: visibility === "PRIVATE" ? secretOrganisation.id : organisation.id,
              partyName: visibility === "PRIVATE" ? secretParty : publicParty,
              description: visibility === "PRIVATE" ? "Shareholding, kept private" : "Trustee",
              startsOn: new Date("2020-01-01"),
              published: visibility === "MEMBERS",
            },
          },
        },
      });
    const quiet = await make(unique("Quiet"), "PRIVATE");
    const open = await make(unique("Open"), "MEMBERS");

    const actor = (await loadActor({ userId: admin.id }))!;
    const result = await suggestPeople({
      actor,
      footprintId: footprint.id,
      kind: "workstreams",
      id: workstream.id,
    });
    // The workstream itself names the skills it needs; the people's cards are what must not.
    const everything = JSON.stringify([result.suggestions, result.others]);
    for (const secret of [
      secretSkill.name,
      secretSkill.id,
      "Confidential Trust",
      secretParty,
      "kept private",
    ])
      expect(everything, secret).not.toContain(secret);

    const quietCard = result.suggestions.find((c) => c.personId === quiet.id)!;
    expect(quietCard.eligible).toBe(true);
    expect(quietCard.eligibilityReasons).toEqual([
      "A current non-executive appointment in the footprint (details not shared)",
    ]);
    expect(quietCard.skillNames).toEqual([]);
    expect(quietCard.matchingSkills).toBe(0);
    expect(quietCard.interestFlags).toEqual([
      "Declared an interest that may touch this workstream, not published: ask them about it",
    ]);

    const openCard = result.suggestions.find((c) => c.personId === open.id)!;
    expect(openCard.skillNames).toEqual([sharedSkill.name]);
    expect(openCard.matchingSkills).toBe(1);
    expect(openCard.eligibilityReasons).toEqual([`Appointment at ${organisation.name}`]);
    expect(openCard.interestFlags.join(" ")).toContain(organisation.name);
    // Ranked by what is shared: the person whose matching skill is shared comes first.
    expect(result.suggestions.map((c) => c.personId)).toEqual([open.id, quiet.id]);
  });
});
