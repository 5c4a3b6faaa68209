import { describe, expect, it } from "vitest";
import {
  findConflicts,
  indexConflicts,
  namesMatch,
  type AssessorRecord,
  type BidRecord,
  type RecordedConflict,
} from "@/lib/conflicts/find-conflicts";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const westYorkshire: BidRecord = {
  bidId: "bid-wy",
  footprintName: "West Yorkshire and Harrogate",
  footprintOrganisations: new Map([
    ["leeds-th", "Leeds Teaching Hospitals NHS Trust"],
    ["bradford-th", "Bradford Teaching Hospitals NHS Foundation Trust"],
    ["leeds-cc", "Leeds City Council"],
  ]),
  partners: [
    { organisationId: "yas", name: "Yorkshire Ambulance Service NHS Trust" },
    // Both in the footprint and a partner: counts as the footprint only.
    { organisationId: "leeds-cc", name: "Leeds City Council" },
  ],
};

const assessor = (overrides: Partial<AssessorRecord> = {}): AssessorRecord => ({
  assessorId: "assessor-1",
  appointments: [],
  declarations: [],
  ...overrides,
});

const appointment = (
  overrides: Partial<AssessorRecord["appointments"][number]> & { organisationId: string },
): AssessorRecord["appointments"][number] => ({
  organisationName: overrides.organisationId,
  role: "NED",
  startsOn: d("2019-03-01"),
  endsOn: null,
  ...overrides,
});

const declaration = (
  overrides: Partial<AssessorRecord["declarations"][number]>,
): AssessorRecord["declarations"][number] => ({
  organisationId: null,
  partyName: null,
  description: "Shares",
  ...overrides,
});

describe("namesMatch", () => {
  it.each([
    [
      "University Hospitals Birmingham",
      "University Hospitals Birmingham NHS Foundation Trust",
      true,
    ],
    ["Leeds Teaching Hospitals NHS Trust", "leeds teaching hospitals", true],
    ["Leeds Teaching Hospitals", "The Leeds Teaching Hospitals NHS Trust", true],
    ["Guy's and St Thomas'", "Guys & St Thomas NHS Foundation Trust", true],
    ["St George’s University Hospitals", "St Georges University Hospitals NHS FT", true],
    ["Leeds Teaching", "Leeds Teaching Hospitals NHS Trust", true],
    ["Teaching Hospitals", "Leeds Teaching Hospitals NHS Trust", true],
    ["Leeds", "Leeds Teaching Hospitals NHS Trust", false],
    ["Leeds", "Leeds NHS Trust", true],
    ["NHS", "Leeds Teaching Hospitals NHS Trust", false],
    ["NHS Trust", "NHS Foundation Trust", false],
    ["", "", false],
    ["Hospitals Leeds", "Leeds Teaching Hospitals NHS Trust", false],
    ["Leeds Hospitals", "Leeds Teaching Hospitals NHS Trust", false],
    ["Leeds City Council", "Leeds Teaching Hospitals NHS Trust", false],
    // Containment errs towards flagging: an interest in the trust's charity is worth a look.
    ["Leeds Teaching Hospitals Charity", "Leeds Teaching Hospitals NHS Trust", true],
    ["Bradford District Care", "Bradford District Care NHS Foundation Trust", true],
    ["Société Générale Santé", "Societe Generale Sante", true],
  ])("%j and %j: %s", (a, b, expected) => {
    expect(namesMatch(a, b)).toBe(expected);
    expect(namesMatch(b, a)).toBe(expected);
  });
});

describe("findConflicts", () => {
  it("finds nothing for an assessor with no link to the bid", () => {
    const unrelated = assessor({
      appointments: [appointment({ organisationId: "elsewhere", organisationName: "Elsewhere" })],
      declarations: [declaration({ partyName: "Leeds", description: "Lives there" })],
    });
    expect(findConflicts({ assessor: unrelated, bid: westYorkshire })).toEqual([]);
  });

  it.each([
    {
      name: "a current appointment in the footprint",
      appointments: [
        appointment({
          organisationId: "leeds-th",
          organisationName: "Leeds Teaching Hospitals NHS Trust",
        }),
      ],
      expected: [
        {
          type: "APPOINTMENT_IN_FOOTPRINT",
          reason:
            "Non-executive director at Leeds Teaching Hospitals NHS Trust (since March 2019), an organisation in West Yorkshire and Harrogate",
        },
      ],
    },
    {
      name: "an ended appointment in the footprint (held counts as well as holds)",
      appointments: [
        appointment({
          organisationId: "bradford-th",
          organisationName: "Bradford Teaching Hospitals NHS Foundation Trust",
          role: "CHAIR",
          startsOn: d("2015-01-01"),
          endsOn: d("2018-12-31"),
        }),
      ],
      expected: [
        {
          type: "APPOINTMENT_IN_FOOTPRINT",
          reason:
            "Chair at Bradford Teaching Hospitals NHS Foundation Trust (January 2015 to December 2018), an organisation in West Yorkshire and Harrogate",
        },
      ],
    },
    {
      name: "several appointments in the footprint: one conflict naming them all, by organisation",
      appointments: [
        appointment({
          organisationId: "leeds-th",
          organisationName: "Leeds Teaching Hospitals NHS Trust",
          role: "ASSOCIATE_NED",
        }),
        appointment({
          organisationId: "bradford-th",
          organisationName: "Bradford Teaching Hospitals NHS Foundation Trust",
          role: "LAY_MEMBER",
          startsOn: d("2021-06-15"),
          endsOn: d("2021-06-30"),
        }),
      ],
      expected: [
        {
          type: "APPOINTMENT_IN_FOOTPRINT",
          reason:
            "Lay member at Bradford Teaching Hospitals NHS Foundation Trust (June 2021) and Associate non-executive director at Leeds Teaching Hospitals NHS Trust (since March 2019), organisations in West Yorkshire and Harrogate",
        },
      ],
    },
    {
      name: "an appointment at a partner",
      appointments: [
        appointment({
          organisationId: "yas",
          organisationName: "Yorkshire Ambulance Service NHS Trust",
          role: "OTHER",
          title: "Trustee of the charity",
        }),
      ],
      expected: [
        {
          type: "APPOINTMENT_AT_PARTNER",
          reason:
            "Trustee of the charity at Yorkshire Ambulance Service NHS Trust (since March 2019), a partner in this bid",
        },
      ],
    },
    {
      name: "an appointment at an organisation both in the footprint and a partner counts once",
      appointments: [
        appointment({
          organisationId: "leeds-cc",
          organisationName: "Leeds City Council",
          role: "COUNCILLOR",
        }),
      ],
      expected: [
        {
          type: "APPOINTMENT_IN_FOOTPRINT",
          reason:
            "Councillor at Leeds City Council (since March 2019), an organisation in West Yorkshire and Harrogate",
        },
      ],
    },
    {
      name: "an untitled other appointment, in the footprint and at a partner",
      appointments: [
        appointment({
          organisationId: "yas",
          organisationName: "Yorkshire Ambulance Service NHS Trust",
          role: "OTHER",
          startsOn: d("2020-02-29"),
          endsOn: d("2022-11-30"),
        }),
        appointment({
          organisationId: "leeds-cc",
          organisationName: "Leeds City Council",
          role: "OTHER",
          title: "  ",
        }),
      ],
      expected: [
        {
          type: "APPOINTMENT_IN_FOOTPRINT",
          reason:
            "Appointment at Leeds City Council (since March 2019), an organisation in West Yorkshire and Harrogate",
        },
        {
          type: "APPOINTMENT_AT_PARTNER",
          reason:
            "Appointment at Yorkshire Ambulance Service NHS Trust (February 2020 to November 2022), a partner in this bid",
        },
      ],
    },
  ])("$name", ({ appointments, expected }) => {
    expect(findConflicts({ assessor: assessor({ appointments }), bid: westYorkshire })).toEqual(
      expected,
    );
  });

  it("reads appointment dates in UTC, so a date stored at midnight keeps its month", () => {
    const [conflict] = findConflicts({
      assessor: assessor({
        appointments: [
          appointment({
            organisationId: "leeds-th",
            organisationName: "Leeds Teaching Hospitals NHS Trust",
            startsOn: new Date("2019-04-01T00:00:00.000Z"),
            endsOn: new Date("2023-03-31T23:59:59.000Z"),
          }),
        ],
      }),
      bid: westYorkshire,
    });
    expect(conflict!.reason).toContain("(April 2019 to March 2023)");
  });

  it.each([
    {
      name: "a declaration naming an organisation in the footprint by id",
      declarations: [
        declaration({
          organisationId: "leeds-th",
          organisationName: "Leeds Teaching Hospitals NHS Trust",
          description: "Spouse is a consultant",
        }),
      ],
      reason:
        "Declared an interest in Leeds Teaching Hospitals NHS Trust (Spouse is a consultant), an organisation in West Yorkshire and Harrogate",
    },
    {
      name: "a declaration naming a partner by id, without the organisation's name to hand",
      declarations: [declaration({ organisationId: "yas", description: "" })],
      reason:
        "Declared an interest in Yorkshire Ambulance Service NHS Trust, a partner in this bid",
    },
    {
      name: "a free-text party naming an organisation in the footprint",
      declarations: [
        declaration({ partyName: "Leeds Teaching Hospitals", description: "Paid adviser" }),
      ],
      reason:
        "Declared an interest in “Leeds Teaching Hospitals” (Paid adviser), which names Leeds Teaching Hospitals NHS Trust, an organisation in West Yorkshire and Harrogate",
    },
    {
      name: "a free-text party naming a partner",
      declarations: [declaration({ partyName: "Yorkshire Ambulance Service" })],
      reason:
        "Declared an interest in “Yorkshire Ambulance Service” (Shares), which names Yorkshire Ambulance Service NHS Trust, a partner in this bid",
    },
    {
      name: "a free-text party naming several organisations",
      declarations: [declaration({ partyName: "Teaching Hospitals", description: "Research" })],
      reason:
        "Declared an interest in “Teaching Hospitals” (Research), which names Bradford Teaching Hospitals NHS Foundation Trust and Leeds Teaching Hospitals NHS Trust, organisations in West Yorkshire and Harrogate",
    },
    {
      name: "several declarations: one conflict listing each",
      declarations: [
        declaration({ partyName: "Leeds", description: "Lives there" }),
        declaration({ organisationId: "yas", description: "Volunteer" }),
        declaration({ partyName: "Leeds City Council", description: "Grant" }),
        declaration({ organisationId: "elsewhere", partyName: null }),
      ],
      reason:
        "Declared an interest in “Leeds City Council” (Grant), which names Leeds City Council, an organisation in West Yorkshire and Harrogate; an interest in Yorkshire Ambulance Service NHS Trust (Volunteer), a partner in this bid",
    },
    {
      name: "a declaration naming another organisation by id but a bid organisation by name",
      declarations: [
        declaration({
          organisationId: "leeds-th-charity",
          organisationName: "Leeds Hospitals Charity",
          partyName: "Leeds Teaching Hospitals NHS Trust",
        }),
      ],
      reason:
        "Declared an interest in “Leeds Teaching Hospitals NHS Trust” (Shares), which names Leeds Teaching Hospitals NHS Trust, an organisation in West Yorkshire and Harrogate",
    },
  ])("$name", ({ declarations, reason }) => {
    expect(findConflicts({ assessor: assessor({ declarations }), bid: westYorkshire })).toEqual([
      { type: "DECLARED_INTEREST", reason },
    ]);
  });

  it("ignores declarations that name nothing in the bid", () => {
    const conflicts = findConflicts({
      assessor: assessor({
        declarations: [
          declaration({ partyName: "NHS" }),
          declaration({ partyName: "Leeds" }),
          declaration({ organisationId: "elsewhere", organisationName: "Leeds Teaching" }),
          declaration({ partyName: null }),
        ],
      }),
      bid: westYorkshire,
    });
    expect(conflicts).toEqual([]);
  });

  it("accepts the footprint's organisations as a plain record", () => {
    const bid: BidRecord = {
      ...westYorkshire,
      footprintOrganisations: { "leeds-th": "Leeds Teaching Hospitals NHS Trust" },
    };
    const conflicts = findConflicts({
      assessor: assessor({ declarations: [declaration({ organisationId: "leeds-th" })] }),
      bid,
    });
    expect(conflicts.map((c) => c.type)).toEqual(["DECLARED_INTEREST"]);
  });

  it("passes through recorded conflicts for this bid and assessor only, all types in enum order", () => {
    const recorded: RecordedConflict[] = [
      {
        bidId: "bid-wy",
        assessorId: "assessor-1",
        type: "ADMIN_RECORDED",
        reason: "Former employee",
      },
      { bidId: "bid-wy", assessorId: "assessor-2", type: "SELF_DECLARED", reason: "Not mine" },
      { bidId: "bid-other", assessorId: "assessor-1", type: "SELF_DECLARED", reason: "Other bid" },
      {
        bidId: "bid-wy",
        assessorId: "assessor-1",
        type: "SELF_DECLARED",
        reason: "Sister works there",
      },
    ];
    const conflicts = findConflicts({
      assessor: assessor({
        declarations: [declaration({ organisationId: "yas", description: "Volunteer" })],
        appointments: [
          appointment({ organisationId: "yas", organisationName: "Yorkshire Ambulance Service" }),
          appointment({ organisationId: "leeds-th", organisationName: "Leeds Teaching Hospitals" }),
        ],
      }),
      bid: westYorkshire,
      recorded,
    });
    expect(conflicts).toEqual([
      {
        type: "APPOINTMENT_IN_FOOTPRINT",
        reason:
          "Non-executive director at Leeds Teaching Hospitals (since March 2019), an organisation in West Yorkshire and Harrogate",
      },
      {
        type: "APPOINTMENT_AT_PARTNER",
        reason:
          "Non-executive director at Yorkshire Ambulance Service (since March 2019), a partner in this bid",
      },
      {
        type: "DECLARED_INTEREST",
        reason:
          "Declared an interest in Yorkshire Ambulance Service NHS Trust (Volunteer), a partner in this bid",
      },
      { type: "SELF_DECLARED", reason: "Sister works there" },
      { type: "ADMIN_RECORDED", reason: "Former employee" },
    ]);
  });
});

describe("indexConflicts", () => {
  const surrey: BidRecord = {
    bidId: "bid-surrey",
    footprintName: "Surrey Heartlands",
    footprintOrganisations: { "royal-surrey": "Royal Surrey NHS Foundation Trust" },
    partners: [],
  };
  const inLeeds = assessor({
    assessorId: "in-leeds",
    appointments: [appointment({ organisationId: "leeds-th" })],
  });
  const inSurrey = assessor({
    assessorId: "in-surrey",
    declarations: [declaration({ partyName: "Royal Surrey" })],
  });
  const free = assessor({ assessorId: "free" });
  const index = indexConflicts({
    assessors: [inLeeds, inSurrey, free],
    bids: [westYorkshire, surrey],
    recorded: [
      { bidId: "bid-wy", assessorId: "in-leeds", type: "SELF_DECLARED", reason: "Also mine" },
      { bidId: "bid-wy", assessorId: "free", type: "ADMIN_RECORDED", reason: "Recorded by admin" },
    ],
  });

  it("agrees with findConflicts for every pair", () => {
    for (const bid of [westYorkshire, surrey]) {
      for (const a of [inLeeds, inSurrey, free]) {
        const recorded = [
          {
            bidId: "bid-wy",
            assessorId: "in-leeds",
            type: "SELF_DECLARED",
            reason: "Also mine",
          },
          {
            bidId: "bid-wy",
            assessorId: "free",
            type: "ADMIN_RECORDED",
            reason: "Recorded by admin",
          },
        ] as const;
        const expected = findConflicts({ assessor: a, bid, recorded });
        expect(index.get(bid.bidId, a.assessorId)).toEqual(expected);
        expect(index.isConflicted(bid.bidId, a.assessorId)).toBe(expected.length > 0);
      }
    }
  });

  it.each([
    ["in-leeds", ["bid-wy"]],
    ["in-surrey", ["bid-surrey"]],
    ["free", ["bid-wy"]],
    ["unknown", []],
  ])("lists the bids %s is conflicted with", (assessorId, bidIds) => {
    expect([...index.conflictedBidIds(assessorId)].sort()).toEqual(bidIds);
  });

  it("answers unknown pairs with no conflict, and hands out copies", () => {
    expect(index.get("no-bid", "in-leeds")).toEqual([]);
    expect(index.isConflicted("bid-surrey", "in-leeds")).toBe(false);
    index.get("bid-wy", "in-leeds").pop();
    index.conflictedBidIds("in-leeds").clear();
    expect(index.get("bid-wy", "in-leeds")).toHaveLength(2);
    expect(index.conflictedBidIds("in-leeds").size).toBe(1);
  });
});
