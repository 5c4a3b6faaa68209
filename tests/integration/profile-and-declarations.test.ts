import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { ZDeclaration } from "@/lib/declarations/declaration-schema";
import { addDeclaration } from "@/lib/declarations/add-declaration";
import { endDeclaration } from "@/lib/declarations/end-declaration";
import { updateDeclaration } from "@/lib/declarations/update-declaration";
import { getFootprint } from "@/lib/footprints/get-footprint";
import { getPublishedRegister } from "@/lib/footprints/get-published-register";
import { getMyProfile } from "@/lib/people/get-my-profile";
import { ZProfile } from "@/lib/people/profile-schema";
import { updateProfile } from "@/lib/people/update-profile";
import { createFootprint, testDb } from "../factories";
import { createMemberActor, createOrganisation } from "../factories/people";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

const declaration = (fields: Record<string, string | undefined>) =>
  ZDeclaration.parse({
    type: "FINANCIAL",
    partyName: "Acme Health Ltd",
    description: "Shareholder",
    startsOn: "2024-01-01",
    published: "on",
    ...fields,
  });

describe("my profile", () => {
  it("saves fields and visibility, refuses a stale form, and audits", async () => {
    const { actor } = await createMemberActor();
    const { person, skills } = await getMyProfile({ actor });
    const profile = ZProfile.parse({
      givenName: "Ada",
      familyName: person.familyName,
      bio: "New biography",
      email: "ada@example.test",
      phone: "",
      contactPreference: "EMAIL",
      skills: skills.slice(0, 1).map((s) => s.id),
      sectors: [],
      emailVisibility: "MEMBERS",
      phoneVisibility: "PRIVATE",
      bioVisibility: "MEMBERS",
      skillsVisibility: "PRIVATE",
      sectorsVisibility: "MEMBERS",
      appointmentsVisibility: "MEMBERS",
      version: String(person.version),
    });
    await updateProfile({ actor, profile });
    const saved = await getMyProfile({ actor });
    expect(saved.person).toMatchObject({
      givenName: "Ada",
      bio: "New biography",
      email: "ada@example.test",
      phone: null,
      skillsVisibility: "PRIVATE",
      version: person.version + 1,
    });
    expect(saved.person.skills.map((s) => s.id)).toEqual(skills.slice(0, 1).map((s) => s.id));
    expect(saved.person.sectors).toEqual([]);
    await expect(updateProfile({ actor, profile })).rejects.toMatchObject({ code: "STALE_WRITE" });
    const events = await testDb().auditEvent.findMany({
      where: { entityId: person.id, action: "person.profile_updated" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({ givenName: "Ada", skillsVisibility: "PRIVATE" });
  });

  it("validates the form", () => {
    const result = ZProfile.safeParse({
      givenName: "",
      familyName: "x",
      bio: "",
      email: "not-an-email",
      phone: "abc",
      contactPreference: "EMAIL",
      emailVisibility: "EVERYONE",
      phoneVisibility: "PRIVATE",
      bioVisibility: "PRIVATE",
      skillsVisibility: "PRIVATE",
      sectorsVisibility: "PRIVATE",
      appointmentsVisibility: "PRIVATE",
      version: "1",
    });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path.join("."));
    expect(fields).toEqual(
      expect.arrayContaining(["givenName", "email", "phone", "emailVisibility"]),
    );
  });
});

describe("the register of interests", () => {
  it("adds, edits and ends an entry, keeping its end date; every step audited", async () => {
    const footprint = await createFootprint();
    const organisation = await createOrganisation({ footprintIds: [footprint.id] });
    const { actor } = await createMemberActor({ organisationId: organisation.id });

    const added = await addDeclaration({ actor, input: declaration({}) });
    const register = await getPublishedRegister({ footprintId: footprint.id });
    expect(register.entries.map((e) => e.id)).toEqual([added.id]);

    await updateDeclaration({
      actor,
      id: added.id,
      input: declaration({ description: "Shareholder (1%)", version: "1" }),
    });
    await expect(
      updateDeclaration({ actor, id: added.id, input: declaration({ version: "1" }) }),
    ).rejects.toMatchObject({ code: "STALE_WRITE" });
    await expect(
      endDeclaration({ actor, id: added.id, endsOn: new Date("2023-01-01"), version: 2 }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", field: "endsOn" });
    await endDeclaration({ actor, id: added.id, endsOn: new Date("2026-06-30"), version: 2 });

    const row = await testDb().declaration.findUniqueOrThrow({ where: { id: added.id } });
    expect(row.description).toBe("Shareholder (1%)");
    expect(row.endsOn?.toISOString().slice(0, 10)).toBe("2026-06-30");
    // An ended entry is kept, and stays in the published register with its dates.
    const page = await getFootprint({ id: footprint.id, actor: null });
    expect(page.register.map((e) => e.id)).toEqual([added.id]);

    const events = await testDb().auditEvent.findMany({
      where: { entityId: added.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual([
      "declaration.added",
      "declaration.updated",
      "declaration.ended",
    ]);
  });

  it("keeps unpublished entries out of the public register", async () => {
    const footprint = await createFootprint();
    const organisation = await createOrganisation({ footprintIds: [footprint.id] });
    const { actor } = await createMemberActor({ organisationId: organisation.id });
    await addDeclaration({ actor, input: declaration({ published: undefined }) });
    const register = await getPublishedRegister({ footprintId: footprint.id });
    expect(register.entries).toEqual([]);
  });

  it("refuses another person's entry as not found, and unpublishing one policy requires", async () => {
    const { actor: owner } = await createMemberActor();
    const { actor: other } = await createMemberActor();
    const entry = await addDeclaration({ actor: owner, input: declaration({}) });
    await expect(
      updateDeclaration({ actor: other, id: entry.id, input: declaration({}) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      endDeclaration({ actor: other, id: entry.id, endsOn: new Date(), version: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await testDb().declaration.update({
      where: { id: entry.id },
      data: { requiredByPolicy: true },
    });
    await expect(
      updateDeclaration({
        actor: owner,
        id: entry.id,
        input: declaration({ published: undefined }),
      }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", field: "published" });
  });

  it("validates an entry: a party, a description, dates that run forwards", () => {
    const result = ZDeclaration.safeParse({
      type: "FINANCIAL",
      description: "",
      startsOn: "2026-02-30",
      endsOn: "2020-01-01",
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["description", "startsOn"]),
    );
    const backwards = ZDeclaration.safeParse({
      type: "FINANCIAL",
      partyName: "x",
      description: "x",
      startsOn: "2026-01-01",
      endsOn: "2025-01-01",
    });
    expect(backwards.error!.issues.map((i) => i.path.join("."))).toEqual(["endsOn"]);
    const noParty = ZDeclaration.safeParse({
      type: "FINANCIAL",
      description: "x",
      startsOn: "2026-01-01",
    });
    expect(noParty.error!.issues.map((i) => i.path.join("."))).toEqual(["partyName"]);
  });
});
