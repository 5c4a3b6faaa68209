import { describe, expect, it } from "vitest";
import {
  findInterestFlags,
  rankCandidates,
  type CandidateFacts,
} from "@/lib/assignments/rank-candidates";

const person = (overrides: Partial<CandidateFacts> & { name: string }): CandidateFacts => ({
  personId: overrides.name,
  skillIds: [],
  skillNames: [],
  appointmentsInFootprint: [{ organisationName: "Trust", role: "NED" }],
  unsharedAppointmentsInFootprint: 0,
  networkMember: false,
  currentLeadRoles: 0,
  interests: [],
  ...overrides,
});

const target = {
  name: "Urgent and emergency care",
  requiredSkillIds: ["audit", "quality"],
  footprintOrganisationIds: new Set(["org-1"]),
};

describe("rankCandidates", () => {
  it("puts eligible people first, then more matching skills, then fewer lead roles, then name", () => {
    const ranked = rankCandidates({
      target,
      candidates: [
        person({ name: "Zed", skillIds: ["audit"], currentLeadRoles: 0 }),
        person({ name: "Outsider", appointmentsInFootprint: [], skillIds: ["audit", "quality"] }),
        person({ name: "Amy", skillIds: ["audit"], currentLeadRoles: 2 }),
        person({ name: "Bea", skillIds: ["audit", "quality", "digital"], currentLeadRoles: 3 }),
        person({ name: "Cal", skillIds: ["audit"], currentLeadRoles: 0 }),
        person({ name: "Net", appointmentsInFootprint: [], networkMember: true }),
      ],
    });
    expect(ranked.map((c) => c.name)).toEqual(["Bea", "Cal", "Zed", "Amy", "Net", "Outsider"]);
    expect(ranked.map((c) => c.matchingSkills)).toEqual([2, 1, 1, 1, 0, 2]);
    expect(ranked.at(-1)!.eligible).toBe(false);
    expect(ranked.find((c) => c.name === "Net")!.eligibilityReasons).toEqual([
      "Member of the footprint's network",
    ]);
  });
});

describe("findInterestFlags", () => {
  it.each([
    [
      {
        organisationId: "org-1",
        partyName: null,
        description: "Shares",
        organisationName: "Big Trust",
        published: true,
      },
      1,
    ],
    [
      {
        organisationId: "org-9",
        partyName: null,
        description: "Shares",
        organisationName: "Far Trust",
        published: true,
      },
      0,
    ],
    [
      {
        organisationId: null,
        partyName: "Emergency medicine society",
        description: "Trustee",
        organisationName: null,
        published: true,
      },
      1,
    ],
    [
      {
        organisationId: null,
        partyName: "A care home",
        description: "Owner",
        organisationName: null,
        published: true,
      },
      0,
    ],
  ])("flags %j: %i", (interest, count) => {
    expect(findInterestFlags({ interests: [interest], target })).toHaveLength(count);
  });
});

describe("what a board admin is told of what a person has not shared (decision 009)", () => {
  it("counts an appointment not shared towards eligibility without naming it", () => {
    const [ranked] = rankCandidates({
      target,
      candidates: [
        person({ name: "Quiet", appointmentsInFootprint: [], unsharedAppointmentsInFootprint: 1 }),
      ],
    });
    expect(ranked!.eligible).toBe(true);
    expect(ranked!.eligibilityReasons).toEqual([
      "A current non-executive appointment in the footprint (details not shared)",
    ]);
  });

  it("flags an unpublished interest that touches the workstream without naming its party", () => {
    const interests = [
      {
        organisationId: "org-1",
        partyName: null,
        description: "Director of the trust's subsidiary",
        organisationName: "Big Trust",
        published: false,
      },
      {
        organisationId: null,
        partyName: "Emergency medicine society",
        description: "Trustee",
        organisationName: null,
        published: false,
      },
      {
        organisationId: null,
        partyName: "A care home",
        description: "Owner",
        organisationName: null,
        published: false,
      },
    ];
    const flags = findInterestFlags({ interests, target });
    expect(flags).toEqual([
      "Declared an interest that may touch this workstream, not published: ask them about it",
    ]);
    for (const secret of ["Big Trust", "subsidiary", "Emergency medicine", "care home"])
      expect(flags.join(" ")).not.toContain(secret);
  });
});
