import { describe, expect, it } from "vitest";
import {
  fieldVisibleWhere,
  profileScalarSelect,
  seesEverything,
  viewerFrom,
  visibleFields,
  type VisibilitySettings,
} from "@/lib/people/visible-fields";

const allPrivate: VisibilitySettings = {
  emailVisibility: "PRIVATE",
  phoneVisibility: "PRIVATE",
  bioVisibility: "PRIVATE",
  skillsVisibility: "PRIVATE",
  sectorsVisibility: "PRIVATE",
  appointmentsVisibility: "PRIVATE",
};
const mixed: VisibilitySettings = {
  ...allPrivate,
  bioVisibility: "MEMBERS",
  skillsVisibility: "MEMBERS",
};
const member = { personId: "me", isProgrammeAdmin: false };
const admin = { personId: null, isProgrammeAdmin: true };
const everything = ["email", "phone", "bio", "skills", "sectors", "appointments"];

describe("visibleFields", () => {
  it.each([
    { name: "signed out sees nothing", viewer: null, personId: "p", settings: mixed, expected: [] },
    {
      name: "a member sees the fields shown to members",
      viewer: member,
      personId: "p",
      settings: mixed,
      expected: ["bio", "skills"],
    },
    {
      name: "a member sees nothing of an all-private profile",
      viewer: member,
      personId: "p",
      settings: allPrivate,
      expected: [],
    },
    {
      name: "the person sees all of their own",
      viewer: member,
      personId: "me",
      settings: allPrivate,
      expected: everything,
    },
    {
      name: "a programme admin sees everything",
      viewer: admin,
      personId: "p",
      settings: allPrivate,
      expected: everything,
    },
  ])("$name", ({ viewer, personId, settings, expected }) => {
    expect(visibleFields({ viewer, personId, settings })).toEqual(expected);
  });
});

describe("fieldVisibleWhere", () => {
  it.each([
    { name: "signed out: nobody", viewer: null, expected: null },
    { name: "programme admin: everybody", viewer: admin, expected: {} },
    {
      name: "member: those who show it, and themselves",
      viewer: member,
      expected: { OR: [{ skillsVisibility: "MEMBERS" }, { id: "me" }] },
    },
    {
      name: "member without a profile: those who show it",
      viewer: { personId: null, isProgrammeAdmin: false },
      expected: { skillsVisibility: "MEMBERS" },
    },
  ])("$name", ({ viewer, expected }) => {
    expect(fieldVisibleWhere({ viewer, field: "skills" })).toEqual(expected);
  });
});

describe("profileScalarSelect", () => {
  it("selects only the visible scalar fields", () => {
    expect(profileScalarSelect(["bio", "skills"])).toEqual({
      email: false,
      phone: false,
      bio: true,
    });
  });
});

describe("viewerFrom and seesEverything", () => {
  it("turns an actor into a viewer", () => {
    expect(viewerFrom(null)).toBeNull();
    expect(viewerFrom({ personId: "x", roles: new Set(["PROGRAMME_ADMIN"]) })).toEqual({
      personId: "x",
      isProgrammeAdmin: true,
    });
    expect(seesEverything({ viewer: member, personId: "me" })).toBe(true);
    expect(seesEverything({ viewer: member, personId: "other" })).toBe(false);
    expect(seesEverything({ viewer: null, personId: "me" })).toBe(false);
  });
});
