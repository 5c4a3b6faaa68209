/**
 * Synthetic people: 250 spread over the ICSs (more in the example footprints), with appointments,
 * skills, sectors and registers of interests, and the people behind the demo accounts. Combined at
 * random from common names: never real board members.
 */
import {
  AppointmentRole,
  ContactPreference,
  FieldVisibility,
  FootprintKind,
  InterestType,
  OrganisationKind,
} from "../../lib/generated/prisma/enums";
import { ICB_ESTABLISHED, type OrganisationSeed, type ReferenceData } from "./reference-data";
import { addDays, addYears, day, earlierOf, laterOf } from "./shared/dates";
import { idOf, type Db, type Ids } from "./shared/ids";
import { createRng, type Rng } from "./shared/rng";
import { requireValue } from "./shared/text";
import { connectMissing } from "./shared/write";
import { SECTORS, SKILLS, type SectorName, type SkillName } from "./tags";

/** How a skill reads inside a sentence of a bio. */
const SKILL_PHRASES: Record<SkillName, string> = {
  Finance: "finance",
  "Audit and risk": "audit and risk",
  "Clinical governance": "clinical governance",
  "Patient and public involvement": "patient and public involvement",
  Digital: "digital services",
  Workforce: "workforce planning",
  Estates: "estates and buildings",
  "Population health": "population health",
  Legal: "legal matters",
  Communications: "communications",
  "Quality improvement": "quality improvement",
  Safeguarding: "safeguarding",
  "Data and information governance": "data and information governance",
  "Equality, diversity and inclusion": "equality, diversity and inclusion",
};

// Common given and family names, combined at random: the people are synthetic, never real board members.
// prettier-ignore
const GIVEN_NAMES = [
  "Aisha", "Alan", "Amanda", "Andrew", "Angela", "Ben", "Bernadette", "Carol", "Chris", "Claire",
  "Colin", "Deborah", "Dev", "Elaine", "Emma", "Farah", "Gareth", "Gillian", "Hannah", "Harjit",
  "Ian", "Imran", "Jane", "Jasmine", "Julie", "Karen", "Keith", "Kwame", "Laura", "Linda",
  "Mark", "Maureen", "Michael", "Neil", "Nicola", "Olu", "Patricia", "Peter", "Philip", "Rachel",
  "Rajesh", "Richard", "Rosemary", "Sandra", "Sanjay", "Sarah", "Simon", "Sophie", "Stephen", "Susan",
  "Tariq", "Tom", "Tracey", "Vanessa", "Wendy", "Yvonne", "Zainab", "Margaret", "Robert", "Joanne",
] as const;

// prettier-ignore
const FAMILY_NAMES = [
  "Ahmed", "Allen", "Atkinson", "Bailey", "Barker", "Bennett", "Brooks", "Chapman", "Clarke", "Collins",
  "Cooper", "Davies", "Dixon", "Edwards", "Evans", "Fletcher", "Foster", "Gill", "Graham", "Green",
  "Hall", "Harris", "Hill", "Holmes", "Hughes", "Hussain", "Jackson", "Kaur", "Khan", "Knight",
  "Lee", "Marshall", "Mason", "Mistry", "Moore", "Morris", "Murphy", "Norris", "Owen", "Parker",
  "Patel", "Pearson", "Price", "Reid", "Richardson", "Roberts", "Robinson", "Shah", "Singh", "Stevens",
  "Sutton", "Taylor", "Thompson", "Turner", "Walker", "Ward", "Webb", "Wilson", "Wood", "Wright",
] as const;

const LAY_MEMBER_TITLES = [
  "Lay member for governance",
  "Lay member for patient and public involvement",
  "Lay member for audit",
  "Lay member for primary care commissioning",
];

const COUNCILLOR_TITLES = [
  "Cabinet member for adult social care and health",
  "Chair of the health and wellbeing board",
  "Member of the health scrutiny committee",
];

const CAREERS: Record<SectorName, string[]> = {
  NHS: [
    "a career in NHS operational management",
    "twenty years as a community nurse and then a service manager",
    "a career as a hospital pharmacist",
  ],
  "Local government": [
    "a career in local government, latterly as a director of adult services",
    "many years leading a council's public health team",
  ],
  "Voluntary and community": [
    "leading a regional carers' charity",
    "a career in the voluntary sector, most recently running a community advice service",
  ],
  Private: [
    "a career in retail finance",
    "twenty-five years in management consultancy",
    "a career as a chartered accountant in practice",
    "running a small technology business",
  ],
  Academic: ["lecturing in health policy", "a career in applied health services research"],
  "Social care": ["running a home care service", "a career in social work and safeguarding"],
};

/** Free-text interests: a generic party (never a real company) and a description that fits it. */
const FREE_TEXT_INTERESTS: Record<InterestType, Array<[party: string, description: string]>> = {
  [InterestType.FINANCIAL]: [
    [
      "Digital health start-up",
      "Shareholding in a digital health start-up supplying NHS organisations",
    ],
    [
      "Management consultancy",
      "Paid consultancy work for a management consultancy with NHS clients",
    ],
    ["Community pharmacy business", "Part-owner of a community pharmacy business"],
    ["Regional care home group", "Shareholding in a regional care home group"],
  ],
  [InterestType.NON_FINANCIAL_PROFESSIONAL]: [
    ["Hospice charity", "Trustee of a hospice charity"],
    ["Housing association", "Board member of a housing association"],
    ["University health research centre", "Honorary fellow of a university health research centre"],
    ["Carers' support charity", "Trustee of a carers' support charity"],
  ],
  [InterestType.NON_FINANCIAL_PERSONAL]: [
    [
      "Patient participation group",
      "Member of the patient participation group at a local GP practice",
    ],
    ["Hospice charity", "Volunteer with a hospice charity"],
    ["Carers' support charity", "Volunteer with a carers' support charity"],
  ],
  [InterestType.INDIRECT]: [
    ["Local GP partnership", "Spouse is a partner in a local GP partnership"],
    ["Regional care home group", "Close family member is employed by a regional care home group"],
    ["Management consultancy", "Adult child works for a management consultancy with NHS clients"],
  ],
};

/** An interest naming one of the footprint's organisations, phrased for the kind of organisation. */
function describeOrganisationInterest(
  type: InterestType,
  organisation: OrganisationSeed,
  rng: Rng,
): string {
  const { name, kind } = organisation;
  switch (type) {
    case InterestType.FINANCIAL:
      return `Paid consultancy work for ${name}`;
    case InterestType.NON_FINANCIAL_PROFESSIONAL:
      if (kind === OrganisationKind.VOLUNTARY) return `Trustee of ${name}`;
      if (kind === OrganisationKind.LOCAL_AUTHORITY)
        return `Co-opted member of a scrutiny panel of ${name}`;
      return `Unpaid adviser to the patient experience committee of ${name}`;
    case InterestType.NON_FINANCIAL_PERSONAL:
      // Foundation trusts have public members; anyone can volunteer elsewhere.
      if (name.includes("Foundation Trust")) return `Public member of ${name}`;
      return `Volunteer with ${name}`;
    case InterestType.INDIRECT:
      return rng.pick([`Spouse is employed by ${name}`, `Adult child works for ${name}`]);
  }
}

type AppointmentSeed = {
  id: string;
  orgKey: string;
  role: AppointmentRole;
  title: string;
  startsOn: Date;
  endsOn: Date | null;
};

type DeclarationSeed = {
  id: string;
  type: InterestType;
  orgKey: string | null;
  partyName: string | null;
  description: string;
  startsOn: Date;
  endsOn: Date | null;
  published: boolean;
  requiredByPolicy: boolean;
};

export type PersonSeed = {
  id: string;
  givenName: string;
  familyName: string;
  homeIcs: string | null;
  email: string | null;
  phone: string | null;
  bio: string;
  contactPreference: ContactPreference;
  emailVisibility: FieldVisibility;
  phoneVisibility: FieldVisibility;
  skills: SkillName[];
  sectors: SectorName[];
  appointments: AppointmentSeed[];
  declarations: DeclarationSeed[];
};

/** People per ICS on top of an even spread: enough in the example footprints for leads, seats and bids. */
const PEOPLE_PER_ICS: Record<string, number> = {
  QXU: 30,
  QE1: 14,
  QWO: 16,
  QMF: 8,
  QYG: 8,
  QHL: 8,
  QMM: 8,
  QT6: 8,
  QUE: 6,
  QJK: 6,
  QNX: 6,
};
const PEOPLE_TOTAL = 250;

const APPOINTMENT_WINDOW = { from: day("2016-01-01"), to: day("2024-12-31") };
/** Ended appointments end no later than this, so "ended" means ended by the time of the demo. */
const LATEST_END = day("2026-06-30");

export function personName(person: Pick<PersonSeed, "givenName" | "familyName">): string {
  return `${person.givenName} ${person.familyName}`;
}

function isCurrent(appointment: AppointmentSeed): boolean {
  return appointment.endsOn === null;
}

export type PeoplePlan = {
  people: PersonSeed[];
  /** Numbered people by home ICS, in creation order. */
  byIcs: Map<string, PersonSeed[]>;
  special: {
    member: PersonSeed;
    assessor: PersonSeed;
    admin: PersonSeed;
    boardSurrey: PersonSeed;
    boardWestYorkshire: PersonSeed;
    extraAssessors: PersonSeed[];
  };
};

export function buildPeople(ref: ReferenceData): PeoplePlan {
  const rng = createRng("people");
  const icsCodes = ref.footprints
    .filter((f) => f.kind === FootprintKind.ICS)
    .map((f) => f.odsCode!);

  // The organisations a person of each ICS can hold an appointment at: open, in the ICS in its own right.
  const poolByIcs = new Map<string, OrganisationSeed[]>();
  for (const organisation of ref.organisations) {
    if (!organisation.homeIcs || organisation.closedOn) continue;
    if (organisation.openedOn && organisation.openedOn > APPOINTMENT_WINDOW.to) continue;
    poolByIcs.set(organisation.homeIcs, [
      ...(poolByIcs.get(organisation.homeIcs) ?? []),
      organisation,
    ]);
  }
  // The ICB chairs of Surrey Heartlands and West Yorkshire are the demo board admins.
  const chairs = new Set<string>(["QXU", "QWO"]);

  const usedNames = new Set<string>();
  const takeName = (givenName: string, familyName: string) => {
    usedNames.add(`${givenName} ${familyName}`);
    return { givenName, familyName };
  };
  const drawName = () => {
    for (;;) {
      const givenName = rng.pick(GIVEN_NAMES);
      const familyName = rng.pick(FAMILY_NAMES);
      if (!usedNames.has(`${givenName} ${familyName}`)) return takeName(givenName, familyName);
    }
  };

  const drawAppointment = (
    ics: string,
    { secondary, exclude }: { secondary: boolean; exclude: Set<string> },
  ): Omit<AppointmentSeed, "id" | "endsOn"> => {
    const pool = (poolByIcs.get(ics) ?? []).filter((o) => !exclude.has(o.key));
    const weights: Array<[OrganisationKind, number]> = [
      [OrganisationKind.CCG, 40],
      [OrganisationKind.TRUST, 40],
      [OrganisationKind.ICB, 6],
      [OrganisationKind.LOCAL_AUTHORITY, 12],
      [OrganisationKind.VOLUNTARY, secondary ? 10 : 0],
    ];
    const available = weights.filter(
      ([kind, weight]) => weight > 0 && pool.some((o) => o.kind === kind),
    );
    const total = available.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = rng.next() * total;
    let kind = requireValue(available[0], `an organisation in ICS ${ics}`)[0];
    for (const [candidate, weight] of available) {
      roll -= weight;
      if (roll < 0) {
        kind = candidate;
        break;
      }
    }
    const organisation = rng.pick(pool.filter((o) => o.kind === kind));
    const earliest = laterOf(
      APPOINTMENT_WINDOW.from,
      kind === OrganisationKind.ICB
        ? ICB_ESTABLISHED
        : (organisation.openedOn ?? APPOINTMENT_WINDOW.from),
    );
    // CCGs were abolished in July 2022, so no CCG term starts after 2021 (the demo keeps them current).
    const latest = kind === OrganisationKind.CCG ? day("2021-12-31") : APPOINTMENT_WINDOW.to;
    const startsOn = rng.dateBetween(earliest, latest);
    const base = { orgKey: organisation.key, startsOn };
    switch (kind) {
      case OrganisationKind.CCG:
        return { ...base, role: AppointmentRole.LAY_MEMBER, title: rng.pick(LAY_MEMBER_TITLES) };
      case OrganisationKind.LOCAL_AUTHORITY:
        return { ...base, role: AppointmentRole.COUNCILLOR, title: rng.pick(COUNCILLOR_TITLES) };
      case OrganisationKind.VOLUNTARY:
        return { ...base, role: AppointmentRole.OTHER, title: "Trustee" };
      case OrganisationKind.ICB:
        if (!chairs.has(organisation.key) && rng.chance(0.2)) {
          chairs.add(organisation.key);
          return { ...base, role: AppointmentRole.CHAIR, title: "Chair" };
        }
        return { ...base, role: AppointmentRole.NED, title: "Non-executive member" };
      default: {
        const roll = rng.next();
        if (roll < 0.12 && !chairs.has(organisation.key)) {
          chairs.add(organisation.key);
          return { ...base, role: AppointmentRole.CHAIR, title: "Chair" };
        }
        if (roll < 0.3) {
          return {
            ...base,
            role: AppointmentRole.ASSOCIATE_NED,
            title: "Associate non-executive director",
          };
        }
        return { ...base, role: AppointmentRole.NED, title: "Non-executive director" };
      }
    }
  };

  const endAfter = (startsOn: Date) =>
    earlierOf(addDays(addYears(startsOn, rng.int(2, 4)), -1), LATEST_END);

  const chooseSectors = (role: AppointmentRole): SectorName[] => {
    const first: SectorName =
      role === AppointmentRole.COUNCILLOR
        ? "Local government"
        : role === AppointmentRole.LAY_MEMBER
          ? rng.pick<SectorName>([
              "Voluntary and community",
              "Private",
              "Academic",
              "Local government",
              "Social care",
            ])
          : rng.pick<SectorName>(["Private", "NHS", "Academic", "Private"]);
    if (!rng.chance(0.45)) return [first];
    return [first, rng.pick(SECTORS.filter((sector) => sector !== first))];
  };

  const writeBio = (person: PersonSeed): string => {
    const current = person.appointments.find(isCurrent) ?? person.appointments[0];
    const [sector] = person.sectors;
    const career = sector ? rng.pick(CAREERS[sector]) : "a career in public service";
    const [experience, interest] = person.skills.map((skill) => SKILL_PHRASES[skill]);
    const where = current
      ? `${current.title} at ${requireValue(ref.organisationByKey.get(current.orgKey), current.orgKey).name}` +
        `${isCurrent(current) ? " since" : " from"} ${current.startsOn.getUTCFullYear()}`
      : "";
    return (
      `${where ? `${where}, after ` : "Came to the NHS after "}${career}. ` +
      `Brings experience of ${experience ?? "governance"}` +
      `${interest ? ` and an interest in ${interest}` : ""}.`
    );
  };

  const drawDeclarations = (person: PersonSeed, personNo: string): DeclarationSeed[] => {
    if (!rng.chance(0.3)) return [];
    const pool = (person.homeIcs ? (poolByIcs.get(person.homeIcs) ?? []) : []).filter(
      (o) => o.kind !== OrganisationKind.CCG && o.kind !== OrganisationKind.ICB,
    );
    const holdsBoardRole = person.appointments.some(
      (a) => a.role === AppointmentRole.NED || a.role === AppointmentRole.CHAIR,
    );
    return Array.from({ length: rng.int(1, 2) }, (_, index) => {
      const type = rng.pick(Object.values(InterestType));
      const organisation = pool.length && rng.chance(0.5) ? rng.pick(pool) : null;
      const [partyName, description] = organisation
        ? [null, describeOrganisationInterest(type, organisation, rng)]
        : rng.pick(FREE_TEXT_INTERESTS[type]);
      const startsOn = rng.dateBetween(day("2015-01-01"), day("2025-06-30"));
      const requiredByPolicy = type === InterestType.FINANCIAL && holdsBoardRole;
      return {
        id: `seed-declaration-${personNo}-${index + 1}`,
        type,
        orgKey: organisation?.key ?? null,
        partyName,
        description,
        startsOn,
        endsOn: rng.chance(0.15) ? earlierOf(addYears(startsOn, rng.int(1, 3)), LATEST_END) : null,
        published: requiredByPolicy || rng.chance(0.55),
        requiredByPolicy,
      };
    });
  };

  const buildPerson = (id: string, ics: string): PersonSeed => {
    const name = drawName();
    const status = rng.next();
    const primary = drawAppointment(ics, { secondary: false, exclude: new Set() });
    const appointments: Array<Omit<AppointmentSeed, "id">> = [];
    // About one in twenty has left every post; one in ten moved from one post to another.
    if (status < 0.05) {
      appointments.push({ ...primary, endsOn: endAfter(primary.startsOn) });
    } else if (status < 0.15) {
      appointments.push({ ...primary, endsOn: endAfter(primary.startsOn) });
      const next = drawAppointment(ics, { secondary: false, exclude: new Set([primary.orgKey]) });
      appointments.push({ ...next, endsOn: null });
    } else {
      appointments.push({ ...primary, endsOn: null });
      if (rng.chance(0.35)) {
        const second = drawAppointment(ics, {
          secondary: true,
          exclude: new Set([primary.orgKey]),
        });
        appointments.push({
          ...second,
          endsOn: rng.chance(0.3) ? endAfter(second.startsOn) : null,
        });
      }
    }
    const sectors = chooseSectors(primary.role);
    const withEmail = rng.chance(0.7);
    const phone = rng.chance(0.55) ? `01632 960${String(rng.int(0, 999)).padStart(3, "0")}` : null;
    const person: PersonSeed = {
      id,
      ...name,
      homeIcs: ics,
      email: withEmail ? `${name.givenName}.${name.familyName}@example.net`.toLowerCase() : null,
      // 01632 960xxx is Ofcom's range reserved for drama: it reaches no one.
      phone,
      bio: "",
      contactPreference:
        phone && (!withEmail || rng.chance(0.25))
          ? ContactPreference.PHONE
          : withEmail
            ? ContactPreference.EMAIL
            : ContactPreference.NONE,
      emailVisibility: rng.chance(0.4) ? FieldVisibility.MEMBERS : FieldVisibility.PRIVATE,
      phoneVisibility: rng.chance(0.2) ? FieldVisibility.MEMBERS : FieldVisibility.PRIVATE,
      skills: rng.sample(SKILLS, rng.int(2, 4)),
      sectors,
      appointments: appointments.map((a, index) => ({
        ...a,
        id: `${id.replace("seed-person", "seed-appointment")}-${index + 1}`,
      })),
      declarations: [],
    };
    person.bio = writeBio(person);
    person.declarations = drawDeclarations(person, id.replace("seed-person-", ""));
    return person;
  };

  const people: PersonSeed[] = [];
  const byIcs = new Map<string, PersonSeed[]>();

  // Named demo people first, so the random draws never take their names.
  const member: PersonSeed = {
    id: "seed-person-demo-member",
    ...takeName("Helen", "Ashworth"),
    homeIcs: "QXU",
    email: "helen.ashworth@example.net",
    phone: null,
    bio:
      "Lay member for patient and public involvement at NHS Surrey Heartlands CCG since 2020, and " +
      "at NHS Guildford and Waverley CCG before the merger. Previously ran a community advice service " +
      "in Godalming. Interested in how residents' voices reach system decisions.",
    contactPreference: ContactPreference.EMAIL,
    emailVisibility: FieldVisibility.MEMBERS,
    phoneVisibility: FieldVisibility.PRIVATE,
    skills: ["Patient and public involvement", "Communications", "Quality improvement"],
    sectors: ["Voluntary and community", "Local government"],
    appointments: [
      {
        id: "seed-appointment-demo-member-1",
        orgKey: "09N",
        role: AppointmentRole.LAY_MEMBER,
        title: "Lay member for patient and public involvement",
        startsOn: day("2017-04-01"),
        endsOn: day("2020-03-31"),
      },
      {
        id: "seed-appointment-demo-member-2",
        orgKey: "92A",
        role: AppointmentRole.LAY_MEMBER,
        title: "Lay member for patient and public involvement",
        startsOn: day("2020-04-01"),
        endsOn: null,
      },
    ],
    declarations: [
      {
        id: "seed-declaration-demo-member-1",
        type: InterestType.NON_FINANCIAL_PROFESSIONAL,
        orgKey: "seed-org-surrey-voluntary-sector-alliance",
        partyName: null,
        description: "Trustee of Surrey Voluntary Sector Alliance",
        startsOn: day("2019-09-01"),
        endsOn: null,
        published: true,
        requiredByPolicy: false,
      },
    ],
  };
  const staff = (id: string, givenName: string, familyName: string, bio: string): PersonSeed => ({
    id,
    ...takeName(givenName, familyName),
    homeIcs: null,
    email: null,
    phone: null,
    bio,
    contactPreference: ContactPreference.EMAIL,
    emailVisibility: FieldVisibility.PRIVATE,
    phoneVisibility: FieldVisibility.PRIVATE,
    skills: [],
    sectors: ["NHS"],
    appointments: [],
    declarations: [],
  });
  const assessor = staff(
    "seed-person-demo-assessor",
    "Daniel",
    "Okafor",
    "Programme manager at NHS Clinical Commissioners, assessing bids for the pilot sites round.",
  );
  // A declared interest in a submitted bid's footprint, so conflict detection has something to find.
  assessor.declarations.push({
    id: "seed-declaration-demo-assessor-1",
    type: InterestType.INDIRECT,
    orgKey: "RRK",
    partyName: null,
    description: "Sibling is a consultant at University Hospitals Birmingham NHS Foundation Trust",
    startsOn: day("2021-01-01"),
    endsOn: null,
    published: false,
    requiredByPolicy: false,
  });
  const admin = staff(
    "seed-person-demo-admin",
    "Fiona",
    "Whitlock",
    "Runs the non-executive community networks programme at NHS Clinical Commissioners.",
  );
  const extraAssessors = [
    staff(
      "seed-person-staff-assessor-2",
      "Grace",
      "Adeyemi",
      "Assessor for the pilot sites round.",
    ),
    staff(
      "seed-person-staff-assessor-3",
      "Owen",
      "Pritchard",
      "Assessor for the pilot sites round.",
    ),
  ];
  const boardChair = (
    id: string,
    ics: string,
    givenName: string,
    familyName: string,
    bio: string,
  ) => ({
    ...staff(id, givenName, familyName, bio),
    homeIcs: ics,
    skills: ["Audit and risk", "Finance", "Clinical governance"] as SkillName[],
    sectors: ["NHS", "Private"] as SectorName[],
    appointments: [
      {
        id: `${id.replace("seed-person", "seed-appointment")}-1`,
        orgKey: ics,
        role: AppointmentRole.CHAIR,
        title: "Chair",
        startsOn: ICB_ESTABLISHED,
        endsOn: null,
      },
    ],
  });
  const boardSurrey = boardChair(
    "seed-person-demo-board-surrey",
    "QXU",
    "Graham",
    "Pennington",
    "Chair of NHS Surrey Heartlands Integrated Care Board since it was established in 2022.",
  );
  const boardWestYorkshire = boardChair(
    "seed-person-demo-board-west-yorkshire",
    "QWO",
    "Catherine",
    "Holroyd",
    "Chair of NHS West Yorkshire Integrated Care Board since it was established in 2022.",
  );
  people.push(member, assessor, admin, ...extraAssessors, boardSurrey, boardWestYorkshire);

  const quotas: string[] = [];
  for (const [ics, count] of Object.entries(PEOPLE_PER_ICS)) {
    for (let i = 0; i < count; i++) quotas.push(ics);
  }
  for (let i = 0; quotas.length < PEOPLE_TOTAL; i++) {
    quotas.push(requireValue(icsCodes[i % icsCodes.length], "an ICS"));
  }
  quotas.forEach((ics, index) => {
    const person = buildPerson(`seed-person-${String(index + 1).padStart(3, "0")}`, ics);
    people.push(person);
    byIcs.set(ics, [...(byIcs.get(ics) ?? []), person]);
  });

  // West Yorkshire's lay member assurance group covers the 11 CCGs of the 2017 STP, so give it lay
  // members who sat on them. Several merged from 2018, so these terms end before then.
  const westYorkshireCcgs = requireValue(ref.stpCcgCodes.get("E54000005"), "West Yorkshire's CCGs");
  const westYorkshireRng = createRng("west-yorkshire");
  (byIcs.get("QWO") ?? []).slice(0, westYorkshireCcgs.length).forEach((person, index) => {
    // One or two appointments a person: the CCG term plus their current (or latest) post.
    const latest = person.appointments.find(isCurrent) ?? person.appointments[0];
    person.appointments = latest ? [latest] : [];
    person.appointments.unshift({
      id: `${person.id.replace("seed-person", "seed-appointment")}-wy`,
      orgKey: requireValue(westYorkshireCcgs[index], "a West Yorkshire CCG"),
      role: AppointmentRole.LAY_MEMBER,
      title: westYorkshireRng.pick(LAY_MEMBER_TITLES),
      startsOn: westYorkshireRng.dateBetween(day("2016-01-01"), day("2017-03-31")),
      endsOn: day("2018-03-31"),
    });
  });

  return {
    people,
    byIcs,
    special: { member, assessor, admin, boardSurrey, boardWestYorkshire, extraAssessors },
  };
}

export function isEligibleIn(
  person: PersonSeed,
  footprintKey: string,
  linkSet: Set<string>,
): boolean {
  return person.appointments.some(
    (a) => isCurrent(a) && linkSet.has(`${a.orgKey}|${footprintKey}`),
  );
}

export async function writePeople(
  db: Db,
  people: PersonSeed[],
  ids: Omit<Ids, "users">,
): Promise<void> {
  await db.person.createMany({
    data: people.map((p) => ({
      id: p.id,
      givenName: p.givenName,
      familyName: p.familyName,
      email: p.email,
      phone: p.phone,
      bio: p.bio,
      contactPreference: p.contactPreference,
      emailVisibility: p.emailVisibility,
      phoneVisibility: p.phoneVisibility,
    })),
    skipDuplicates: true,
  });
  const tags = (names: string[], map: Map<string, string>, what: string) =>
    names.map((name) => idOf(map, name, what));
  await connectMissing({
    wanted: new Map(people.map((p) => [p.id, tags(p.skills, ids.skills, "skill")])),
    load: async (personIds) =>
      (
        await db.person.findMany({
          where: { id: { in: personIds } },
          select: { id: true, skills: { select: { id: true } } },
        })
      ).map((row) => ({ id: row.id, have: row.skills.map((s) => s.id) })),
    connect: (id, skillIds) =>
      db.person.update({
        where: { id },
        data: { skills: { connect: skillIds.map((skillId) => ({ id: skillId })) } },
      }),
  });
  await connectMissing({
    wanted: new Map(people.map((p) => [p.id, tags(p.sectors, ids.sectors, "sector")])),
    load: async (personIds) =>
      (
        await db.person.findMany({
          where: { id: { in: personIds } },
          select: { id: true, sectors: { select: { id: true } } },
        })
      ).map((row) => ({ id: row.id, have: row.sectors.map((s) => s.id) })),
    connect: (id, sectorIds) =>
      db.person.update({
        where: { id },
        data: { sectors: { connect: sectorIds.map((sectorId) => ({ id: sectorId })) } },
      }),
  });
  await db.appointment.createMany({
    data: people.flatMap((p) =>
      p.appointments.map((a) => ({
        id: a.id,
        personId: p.id,
        organisationId: idOf(ids.organisations, a.orgKey, "organisation"),
        role: a.role,
        title: a.title,
        startsOn: a.startsOn,
        endsOn: a.endsOn,
      })),
    ),
    skipDuplicates: true,
  });
  await db.declaration.createMany({
    data: people.flatMap((p) =>
      p.declarations.map((d) => ({
        id: d.id,
        personId: p.id,
        type: d.type,
        organisationId: d.orgKey ? idOf(ids.organisations, d.orgKey, "organisation") : null,
        partyName: d.partyName,
        description: d.description,
        startsOn: d.startsOn,
        endsOn: d.endsOn,
        published: d.published,
        requiredByPolicy: d.requiredByPolicy,
      })),
    ),
    skipDuplicates: true,
  });
}
