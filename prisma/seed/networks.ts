/**
 * Networks, workstreams, board seats and assignments: the examples DESIGN.md names (Surrey
 * Heartlands' 13 workstreams, Lancashire and South Cumbria's five board seats, West Yorkshire's lay
 * member assurance group) and networks of other statuses elsewhere.
 */
import {
  AssignmentRole,
  JoinRequestStatus,
  MembershipRole,
  NetworkStatus,
  SeatStatus,
  WorkstreamStatus,
} from "../../lib/generated/prisma/enums";
import type { SeedModule } from "./module";
import { isEligibleIn, type PeoplePlan, type PersonSeed } from "./people";
import { ICB_ESTABLISHED, icsKey, type ReferenceData } from "./reference-data";
import { addDays, addYears, day } from "./shared/dates";
import { idOf, type Db, type Ids } from "./shared/ids";
import { createRng } from "./shared/rng";
import { requireValue, slugify } from "./shared/text";
import { connectMissing } from "./shared/write";
import type { SkillName } from "./tags";

type NetworkSeed = {
  id: string;
  footprintKey: string;
  name: string;
  purpose: string;
  function: string;
  model: string;
  howToJoin: string;
  status: NetworkStatus;
  organisationKeys: string[];
};

type MembershipSeed = {
  id: string;
  networkId: string;
  personId: string;
  role: MembershipRole;
  joinedAt: Date;
  leftAt: Date | null;
};

type JoinRequestSeed = {
  id: string;
  networkId: string;
  personId: string;
  message: string;
  status: JoinRequestStatus;
  createdAt: Date;
  decidedAt: Date | null;
  decidedByEmail: string | null;
};

type WorkstreamSeed = {
  id: string;
  footprintKey: string;
  name: string;
  description: string;
  status: WorkstreamStatus;
  skills: SkillName[];
};

type BoardSeatSeed = { id: string; footprintKey: string; name: string; description: string };

type AssignmentSeed = {
  id: string;
  personId: string;
  /** "<footprint key>|<name>" of a workstream or board seat. */
  workstreamKey: string | null;
  boardSeatKey: string | null;
  role: AssignmentRole;
  startsOn: Date;
  endsOn: Date | null;
  endReason: string | null;
  assignedByEmail: string | null;
};

type OrganisationPlan = {
  networks: NetworkSeed[];
  memberships: MembershipSeed[];
  joinRequests: JoinRequestSeed[];
  workstreams: WorkstreamSeed[];
  boardSeats: BoardSeatSeed[];
  assignments: AssignmentSeed[];
};

const SURREY_WORKSTREAMS: Array<{ name: string; description: string; skills: SkillName[] }> = [
  {
    name: "Urgent and emergency care",
    description:
      "Flow through A&E, NHS 111 and same-day urgent care across the three acute trusts.",
    skills: ["Quality improvement", "Clinical governance", "Population health"],
  },
  {
    name: "Cancer",
    description:
      "Earlier diagnosis and faster treatment, with the Surrey and Sussex cancer alliance.",
    skills: ["Clinical governance", "Quality improvement"],
  },
  {
    name: "Mental health",
    description:
      "Community mental health services and crisis care, with the mental health trust and the county council.",
    skills: ["Safeguarding", "Patient and public involvement", "Clinical governance"],
  },
  {
    name: "Primary care",
    description: "Resilience of general practice and the primary care networks.",
    skills: ["Patient and public involvement", "Finance"],
  },
  {
    name: "Digital",
    description: "A shared care record and digital access for residents.",
    skills: ["Digital", "Data and information governance"],
  },
  {
    name: "Workforce",
    description: "Recruitment, retention and a shared approach to training across health and care.",
    skills: ["Workforce", "Equality, diversity and inclusion"],
  },
  {
    name: "Estates",
    description: "Making best use of the footprint's buildings and land.",
    skills: ["Estates", "Finance"],
  },
  {
    name: "Prevention and population health",
    description: "Reducing health inequalities, with the county's public health team.",
    skills: ["Population health", "Equality, diversity and inclusion"],
  },
  {
    name: "Children and young people",
    description: "Services for children and young people, including emotional wellbeing.",
    skills: ["Safeguarding", "Patient and public involvement"],
  },
  {
    name: "Planned care",
    description: "Elective recovery and outpatient transformation.",
    skills: ["Quality improvement", "Finance"],
  },
  {
    name: "Maternity",
    description: "The local maternity and neonatal system.",
    skills: ["Clinical governance", "Safeguarding", "Patient and public involvement"],
  },
  {
    name: "Finance and contracting",
    description: "The system financial plan, contracts and value for money.",
    skills: ["Finance", "Audit and risk", "Legal"],
  },
  {
    name: "Communications and engagement",
    description: "How the partnership talks with residents, staff and partners.",
    skills: ["Communications", "Patient and public involvement"],
  },
];

const LANCASHIRE_SEATS: Array<{ name: string; description: string; workstreams: string[] }> = [
  {
    name: "Non-executive member for audit and risk",
    description: "Chairs the audit committee and holds the board to account on risk.",
    workstreams: ["Finance and investment", "Digital and data"],
  },
  {
    name: "Non-executive member for quality and performance",
    description: "Leads the board's scrutiny of quality and performance across providers.",
    workstreams: ["Urgent and emergency care", "Acute and specialised services"],
  },
  {
    name: "Non-executive member for population health",
    description: "Brings the public health and prevention perspective to the board.",
    workstreams: ["Population health and prevention"],
  },
  {
    name: "Non-executive member for people and culture",
    description: "Oversees the system's people plan.",
    workstreams: ["Workforce"],
  },
  {
    name: "Lay member for patient and public involvement",
    description: "Makes sure residents' voices are heard in the board's decisions.",
    workstreams: ["Mental health"],
  },
];

const LANCASHIRE_WORKSTREAM_SKILLS: Record<string, SkillName[]> = {
  "Finance and investment": ["Finance", "Audit and risk"],
  "Digital and data": ["Digital", "Data and information governance"],
  "Urgent and emergency care": ["Quality improvement", "Clinical governance"],
  "Acute and specialised services": ["Clinical governance", "Quality improvement"],
  "Population health and prevention": ["Population health"],
  Workforce: ["Workforce", "Equality, diversity and inclusion"],
  "Mental health": ["Patient and public involvement", "Safeguarding"],
};

const WEST_YORKSHIRE_WORKSTREAMS: Array<{ name: string; skills: SkillName[]; led: boolean }> = [
  {
    name: "Mental health, learning disability and autism",
    skills: ["Safeguarding", "Patient and public involvement"],
    led: true,
  },
  {
    name: "Urgent and emergency care",
    skills: ["Quality improvement", "Clinical governance"],
    led: true,
  },
  {
    name: "Harnessing the power of communities",
    skills: ["Patient and public involvement", "Population health"],
    led: false,
  },
  { name: "Climate change", skills: ["Estates"], led: false },
];

function workstreamKey(footprintKey: string, name: string): string {
  return `${footprintKey}|${name}`;
}

function buildNetworksAndAssignments(ref: ReferenceData, plan: PeoplePlan): OrganisationPlan {
  const rng = createRng("networks");
  const linkSet = new Set(ref.links.map((link) => `${link.orgKey}|${link.footprintKey}`));
  const eligible = (ics: string) =>
    (plan.byIcs.get(ics) ?? []).filter((person) => isEligibleIn(person, icsKey(ics), linkSet));
  const orgsOf = (footprintKey: string) =>
    ref.links
      .filter((link) => link.footprintKey === footprintKey)
      .map((link) => link.orgKey)
      .filter((key) => !ref.organisationByKey.get(key)?.closedOn);

  const networks: NetworkSeed[] = [];
  const memberships: MembershipSeed[] = [];
  const joinRequests: JoinRequestSeed[] = [];
  const workstreams: WorkstreamSeed[] = [];
  const boardSeats: BoardSeatSeed[] = [];
  const assignments: AssignmentSeed[] = [];

  const addMembers = (
    network: NetworkSeed,
    people: PersonSeed[],
    { closedOn }: { closedOn?: Date } = {},
  ) => {
    people.forEach((person, index) => {
      memberships.push({
        id: `${network.id.replace("seed-network", "seed-membership")}-${String(index + 1).padStart(2, "0")}`,
        networkId: network.id,
        personId: person.id,
        role:
          index === 0
            ? MembershipRole.CHAIR
            : index === 1
              ? MembershipRole.SECRETARY
              : MembershipRole.MEMBER,
        joinedAt: rng.dateBetween(
          day("2019-01-01"),
          closedOn ? addDays(closedOn, -90) : day("2026-06-30"),
        ),
        leftAt: closedOn ?? null,
      });
    });
  };

  // Surrey Heartlands: a discussion group with a non-executive on each of its 13 workstreams.
  const surreyKey = icsKey("QXU");
  const surrey: NetworkSeed = {
    id: "seed-network-surrey-heartlands",
    footprintKey: surreyKey,
    name: "Surrey Heartlands lay member and NED discussion group",
    purpose:
      "Brings the lay members and non-executive directors of Surrey Heartlands together so that each " +
      "of the partnership's 13 workstreams has a non-executive attached to it, giving independent " +
      "challenge and a joined-up non-executive voice to the system's decisions.",
    function:
      "Shares intelligence across organisations, agrees a common non-executive view on system " +
      "proposals before they reach individual boards, and attaches a lay member or NED to every workstream.",
    model:
      "A discussion group that meets every two months, chaired by a lay member, with a secretariat from " +
      "the ICB's corporate team. Workstream leads report back at each meeting.",
    howToJoin:
      "Open to any lay member, non-executive director or associate NED of an organisation in Surrey " +
      "Heartlands, and to the county council's health portfolio holders. Ask to join here.",
    status: NetworkStatus.ESTABLISHED,
    organisationKeys: orgsOf(surreyKey),
  };
  networks.push(surrey);
  const surreyEligible = eligible("QXU");
  if (surreyEligible.length < 17)
    throw new Error("Too few eligible Surrey Heartlands people for the demo");
  const surreyMembers = surreyEligible.slice(0, 16);
  addMembers(surrey, surreyMembers);
  const surreyExtra: Array<[PersonSeed, MembershipRole]> = [
    [plan.special.member, MembershipRole.MEMBER],
    [plan.special.boardSurrey, MembershipRole.MEMBER],
  ];
  for (const [person, role] of surreyExtra) {
    memberships.push({
      id: `seed-membership-surrey-heartlands-${person.id.replace("seed-person-", "")}`,
      networkId: surrey.id,
      personId: person.id,
      role,
      joinedAt: day("2020-05-14"),
      leftAt: null,
    });
  }
  const surreyFormer = (plan.byIcs.get("QXU") ?? []).find(
    (person) => !isEligibleIn(person, surreyKey, linkSet),
  );
  if (surreyFormer) {
    memberships.push({
      id: "seed-membership-surrey-heartlands-former",
      networkId: surrey.id,
      personId: surreyFormer.id,
      role: MembershipRole.MEMBER,
      joinedAt: day("2019-03-07"),
      leftAt: day("2025-03-31"),
    });
  }
  const surreyApplicant = requireValue(surreyEligible[16], "a Surrey person outside the network");
  joinRequests.push({
    id: "seed-join-request-surrey-heartlands-1",
    networkId: surrey.id,
    personId: surreyApplicant.id,
    message: "I joined the board of my trust this year and would value the group's perspective.",
    status: JoinRequestStatus.PENDING,
    createdAt: new Date("2026-11-12T10:24:00.000Z"),
    decidedAt: null,
    decidedByEmail: null,
  });

  // Leads: a spread of Surrey non-executives, two workstreams each at most (the cap is 3), each with
  // a skill the workstream needs; the demo member leads communications and engagement.
  const leadCandidates = surreyMembers.slice(2, 8);
  const leadLoad = new Map<string, number>();
  for (const [index, definition] of SURREY_WORKSTREAMS.entries()) {
    const id = `seed-workstream-qxu-${slugify(definition.name)}`;
    workstreams.push({
      id,
      footprintKey: surreyKey,
      name: definition.name,
      description: definition.description,
      status: WorkstreamStatus.ACTIVE,
      skills: definition.skills,
    });
    const key = workstreamKey(surreyKey, definition.name);
    let lead: PersonSeed;
    if (definition.name === "Communications and engagement") {
      lead = plan.special.member;
    } else {
      const available = leadCandidates.filter((person) => (leadLoad.get(person.id) ?? 0) < 2);
      lead = requireValue(
        [...available].sort(
          (a, b) =>
            b.skills.filter((s) => definition.skills.includes(s)).length -
            a.skills.filter((s) => definition.skills.includes(s)).length,
        )[0],
        "a Surrey workstream lead",
      );
      if (!lead.skills.some((skill) => definition.skills.includes(skill))) {
        const needed = requireValue(definition.skills[0], "a workstream skill");
        if (lead.skills.length >= 4) lead.skills[lead.skills.length - 1] = needed;
        else lead.skills.push(needed);
      }
    }
    leadLoad.set(lead.id, (leadLoad.get(lead.id) ?? 0) + 1);
    const startsOn = rng.dateBetween(day("2023-01-01"), day("2025-12-31"));
    assignments.push({
      id: `${id.replace("seed-workstream", "seed-assignment")}-lead`,
      personId: lead.id,
      workstreamKey: key,
      boardSeatKey: null,
      role: AssignmentRole.LEAD,
      startsOn,
      endsOn: null,
      endReason: null,
      assignedByEmail: "board.surrey@example.org",
    });
    // History for two workstreams: an earlier lead whose term ended.
    if (index === 0 || index === 4) {
      const previous = requireValue(
        surreyMembers.find((person) => person.id !== lead.id && !leadCandidates.includes(person)),
        "an earlier Surrey lead",
      );
      assignments.push({
        id: `${id.replace("seed-workstream", "seed-assignment")}-lead-previous`,
        personId: previous.id,
        workstreamKey: key,
        boardSeatKey: null,
        role: AssignmentRole.LEAD,
        startsOn: addYears(startsOn, -3),
        endsOn: addDays(startsOn, -1),
        endReason: "Stepped down at the end of their term",
        assignedByEmail: null,
      });
    }
    const others = surreyMembers.filter((person) => person.id !== lead.id);
    const members = rng.sample(others, rng.int(1, 3));
    if (definition.name === "Primary care") members.push(plan.special.member);
    members.forEach((person, memberIndex) => {
      assignments.push({
        id: `${id.replace("seed-workstream", "seed-assignment")}-member-${memberIndex + 1}`,
        personId: person.id,
        workstreamKey: key,
        boardSeatKey: null,
        role: AssignmentRole.MEMBER,
        startsOn: rng.dateBetween(startsOn, day("2026-06-30")),
        endsOn: null,
        endReason: null,
        assignedByEmail: "board.surrey@example.org",
      });
    });
  }

  // Lancashire and South Cumbria: five non-executives on the ICS board, each leading workstreams.
  const lancashireKey = icsKey("QE1");
  const lancashire: NetworkSeed = {
    id: "seed-network-lancashire-and-south-cumbria",
    footprintKey: lancashireKey,
    name: "Lancashire and South Cumbria non-executive network",
    purpose:
      "Supports the five non-executives and lay members appointed to the ICS board, each of whom leads " +
      "specific ICS workstreams, and connects them with non-executives across the footprint's trusts and councils.",
    function:
      "Briefs board members before ICS board meetings, gathers views from trust NEDs and councillors, " +
      "and reports back on the workstreams the board members lead.",
    model: "Quarterly network meetings plus a monthly call of the five board members.",
    howToJoin:
      "Open to non-executives and lay members of Lancashire and South Cumbria organisations.",
    status: NetworkStatus.ESTABLISHED,
    organisationKeys: orgsOf(lancashireKey),
  };
  networks.push(lancashire);
  const lancashireEligible = eligible("QE1");
  if (lancashireEligible.length < 8)
    throw new Error("Too few eligible Lancashire people for the demo");
  addMembers(lancashire, lancashireEligible);
  const lancashireHolders = lancashireEligible.slice(0, LANCASHIRE_SEATS.length);
  LANCASHIRE_SEATS.forEach((seat, index) => {
    const holder = requireValue(lancashireHolders[index], "a Lancashire seat holder");
    const seatId = `seed-board-seat-qe1-${index + 1}`;
    boardSeats.push({
      id: seatId,
      footprintKey: lancashireKey,
      name: seat.name,
      description: seat.description,
    });
    const startsOn =
      index < 3 ? ICB_ESTABLISHED : rng.dateBetween(day("2023-04-01"), day("2024-10-01"));
    // The seat holder's assignment is a MEMBER one: it records who sits in the seat, and leaves the
    // lead cap to the workstreams they lead.
    assignments.push({
      id: `seed-assignment-qe1-seat-${index + 1}`,
      personId: holder.id,
      workstreamKey: null,
      boardSeatKey: workstreamKey(lancashireKey, seat.name),
      role: AssignmentRole.MEMBER,
      startsOn,
      endsOn: null,
      endReason: null,
      assignedByEmail: null,
    });
    for (const name of seat.workstreams) {
      const id = `seed-workstream-qe1-${slugify(name)}`;
      workstreams.push({
        id,
        footprintKey: lancashireKey,
        name,
        description: `Led on the ICS board by the ${seat.name.toLowerCase()}.`,
        status: WorkstreamStatus.ACTIVE,
        skills: requireValue(LANCASHIRE_WORKSTREAM_SKILLS[name], `skills for ${name}`),
      });
      assignments.push({
        id: `${id.replace("seed-workstream", "seed-assignment")}-lead`,
        personId: holder.id,
        workstreamKey: workstreamKey(lancashireKey, name),
        boardSeatKey: null,
        role: AssignmentRole.LEAD,
        startsOn,
        endsOn: null,
        endReason: null,
        assignedByEmail: null,
      });
      const member =
        lancashireEligible[
          LANCASHIRE_SEATS.length + (index % (lancashireEligible.length - LANCASHIRE_SEATS.length))
        ];
      if (member) {
        assignments.push({
          id: `${id.replace("seed-workstream", "seed-assignment")}-member-1`,
          personId: member.id,
          workstreamKey: workstreamKey(lancashireKey, name),
          boardSeatKey: null,
          role: AssignmentRole.MEMBER,
          startsOn: rng.dateBetween(startsOn, day("2026-06-30")),
          endsOn: null,
          endReason: null,
          assignedByEmail: null,
        });
      }
    }
  });

  // West Yorkshire: a lay member assurance group across the 11 CCGs of the 2017 STP.
  const westYorkshireKey = icsKey("QWO");
  const westYorkshire: NetworkSeed = {
    id: "seed-network-west-yorkshire",
    footprintKey: westYorkshireKey,
    name: "West Yorkshire lay member assurance group",
    purpose:
      "Patient and public involvement: gives assurance that the partnership's decisions rest on proper " +
      "engagement with patients and the public, drawing on the lay members of the 11 CCGs of West Yorkshire.",
    function:
      "Reviews engagement and consultation plans for system-wide changes and reports its assurance to " +
      "the partnership board and to each CCG's governing body.",
    model: "An assurance group of lay members for patient and public involvement, meeting monthly.",
    howToJoin: "Lay members for patient and public involvement in West Yorkshire may ask to join.",
    status: NetworkStatus.ESTABLISHED,
    organisationKeys: requireValue(ref.stpCcgCodes.get("E54000005"), "West Yorkshire's CCGs"),
  };
  networks.push(westYorkshire);
  const westYorkshirePeople = plan.byIcs.get("QWO") ?? [];
  addMembers(westYorkshire, westYorkshirePeople.slice(0, 11));
  const westYorkshireEligible = eligible("QWO");
  WEST_YORKSHIRE_WORKSTREAMS.forEach((definition, index) => {
    const id = `seed-workstream-qwo-${slugify(definition.name)}`;
    workstreams.push({
      id,
      footprintKey: westYorkshireKey,
      name: definition.name,
      description: "",
      status: WorkstreamStatus.ACTIVE,
      skills: definition.skills,
    });
    if (!definition.led) return;
    assignments.push({
      id: `${id.replace("seed-workstream", "seed-assignment")}-lead`,
      personId: requireValue(westYorkshireEligible[index], "a West Yorkshire lead").id,
      workstreamKey: workstreamKey(westYorkshireKey, definition.name),
      boardSeatKey: null,
      role: AssignmentRole.LEAD,
      startsOn: rng.dateBetween(day("2024-01-01"), day("2025-12-31")),
      endsOn: null,
      endReason: null,
      assignedByEmail: "board.westyorkshire@example.org",
    });
  });

  // Other networks around the country, in every state but PILOT (no round has funded one yet).
  const others: Array<{
    slug: string;
    ics: string;
    footprintKey?: string;
    name: string;
    status: NetworkStatus;
    purpose: string;
    model: string;
    members: number;
    closedOn?: Date;
  }> = [
    {
      slug: "north-east-london",
      ics: "QMF",
      name: "North East London non-executive forum",
      status: NetworkStatus.ESTABLISHED,
      purpose:
        "Connects the non-executives of North East London's trusts and boroughs to the ICS's place-based partnerships.",
      model: "A forum meeting each quarter, with a lead non-executive for each place.",
      members: 7,
    },
    {
      slug: "cheshire-and-merseyside",
      ics: "QYG",
      name: "Cheshire and Merseyside non-executive community network",
      status: NetworkStatus.PROPOSED,
      purpose:
        "Proposed network to give the region's trust NEDs and councillors a shared voice in the ICS.",
      model: "To be agreed with the ICB; a steering group of three is drafting terms of reference.",
      members: 3,
    },
    {
      slug: "birmingham-and-solihull",
      ics: "QHL",
      name: "Birmingham and Solihull lay and non-executive network",
      status: NetworkStatus.ESTABLISHED,
      purpose:
        "Independent challenge to the ICS's work on health inequalities, with the two councils.",
      model:
        "A network of trust NEDs, former CCG lay members and councillors, meeting every two months.",
      members: 7,
    },
    {
      slug: "norfolk-and-waveney",
      ics: "QMM",
      name: "Norfolk and Waveney non-executive network",
      status: NetworkStatus.PROPOSED,
      purpose: "Proposed network bringing rural and coastal perspectives to the ICS's decisions.",
      model: "Proposed as an online-first network with two face-to-face meetings a year.",
      members: 3,
    },
    {
      slug: "cornwall-and-the-isles-of-scilly",
      ics: "QT6",
      name: "Cornwall and the Isles of Scilly non-executive reference group",
      status: NetworkStatus.CLOSED,
      purpose:
        "A reference group of non-executives for the STP. Closed in 2024 when its members joined the ICB's committees.",
      model: "A reference group that met before each STP board.",
      members: 5,
      closedOn: day("2024-03-31"),
    },
    {
      slug: "guildford-and-waverley",
      ics: "QXU",
      footprintKey: "ICP:seed-footprint-icp-qxu-guildford-and-waverley",
      name: "Guildford and Waverley lay member forum",
      status: NetworkStatus.CLOSED,
      purpose:
        "A forum for the place's lay members. Closed in 2020 when the Surrey Heartlands discussion group took over its work.",
      model: "An informal forum meeting twice a year.",
      members: 3,
      closedOn: day("2020-03-31"),
    },
  ];
  for (const definition of others) {
    const footprintKey = definition.footprintKey ?? icsKey(definition.ics);
    const network: NetworkSeed = {
      id: `seed-network-${definition.slug}`,
      footprintKey,
      name: definition.name,
      purpose: definition.purpose,
      function: "",
      model: definition.model,
      howToJoin:
        definition.status === NetworkStatus.CLOSED
          ? ""
          : "Ask to join here; the chair will be in touch.",
      status: definition.status,
      organisationKeys: orgsOf(footprintKey),
    };
    networks.push(network);
    const pool = footprintKey.startsWith("ICP:")
      ? surreyMembers.slice(10)
      : eligible(definition.ics);
    // A closed network's members must have held a post before it closed.
    const closedOn = definition.closedOn;
    const candidates = closedOn
      ? pool.filter((person) =>
          person.appointments.some((a) => a.startsOn < addDays(closedOn, -90)),
        )
      : pool;
    addMembers(network, candidates.slice(0, definition.members), { closedOn: definition.closedOn });
    if (definition.slug === "birmingham-and-solihull") {
      const applicant = requireValue(candidates[definition.members], "a Birmingham applicant");
      joinRequests.push({
        id: "seed-join-request-birmingham-and-solihull-1",
        networkId: network.id,
        personId: applicant.id,
        message: "",
        status: JoinRequestStatus.PENDING,
        createdAt: new Date("2026-11-18T16:05:00.000Z"),
        decidedAt: null,
        decidedByEmail: null,
      });
    }
    if (definition.slug === "north-east-london") {
      const joined = requireValue(candidates[definition.members - 1], "a North East London member");
      joinRequests.push({
        id: "seed-join-request-north-east-london-1",
        networkId: network.id,
        personId: joined.id,
        message: "Keen to contribute from my council's health scrutiny role.",
        status: JoinRequestStatus.APPROVED,
        createdAt: new Date("2026-09-02T09:12:00.000Z"),
        decidedAt: new Date("2026-09-04T13:40:00.000Z"),
        decidedByEmail: "admin@example.org",
      });
    }
  }

  return { networks, memberships, joinRequests, workstreams, boardSeats, assignments };
}

async function writeNetworks(db: Db, plan: OrganisationPlan, ids: Ids): Promise<void> {
  await db.network.createMany({
    data: plan.networks.map((n) => ({
      id: n.id,
      footprintId: idOf(ids.footprints, n.footprintKey, "footprint"),
      name: n.name,
      purpose: n.purpose,
      function: n.function,
      model: n.model,
      howToJoin: n.howToJoin,
      status: n.status,
    })),
    skipDuplicates: true,
  });
  await db.networkOrganisation.createMany({
    data: plan.networks.flatMap((n) =>
      n.organisationKeys.map((key) => ({
        networkId: n.id,
        organisationId: idOf(ids.organisations, key, "organisation"),
      })),
    ),
    skipDuplicates: true,
  });
  await db.networkMembership.createMany({ data: plan.memberships, skipDuplicates: true });
  await db.networkJoinRequest.createMany({
    data: plan.joinRequests.map(({ decidedByEmail, ...request }) => ({
      ...request,
      decidedById: decidedByEmail ? idOf(ids.users, decidedByEmail, "user") : null,
    })),
    skipDuplicates: true,
  });

  // Workstreams and seats are unique by (footprint, name), so map back through that rather than trust our ids.
  await db.workstream.createMany({
    data: plan.workstreams.map((w) => ({
      id: w.id,
      footprintId: idOf(ids.footprints, w.footprintKey, "footprint"),
      name: w.name,
      description: w.description,
      status: w.status,
    })),
    skipDuplicates: true,
  });
  await db.boardSeat.createMany({
    data: plan.boardSeats.map((s) => ({
      id: s.id,
      footprintId: idOf(ids.footprints, s.footprintKey, "footprint"),
      name: s.name,
      description: s.description,
      status: SeatStatus.ACTIVE,
    })),
    skipDuplicates: true,
  });
  const footprintIds = [
    ...new Set(
      [...plan.workstreams, ...plan.boardSeats].map((row) =>
        idOf(ids.footprints, row.footprintKey, "footprint"),
      ),
    ),
  ];
  const footprintKeyById = new Map([...ids.footprints].map(([key, id]) => [id, key]));
  const keyed = (rows: Array<{ id: string; footprintId: string; name: string }>) =>
    new Map(
      rows.map((row) => [
        workstreamKey(idOf(footprintKeyById, row.footprintId, "footprint key"), row.name),
        row.id,
      ]),
    );
  const workstreamIds = keyed(
    await db.workstream.findMany({
      where: { footprintId: { in: footprintIds } },
      select: { id: true, footprintId: true, name: true },
    }),
  );
  const seatIds = keyed(
    await db.boardSeat.findMany({
      where: { footprintId: { in: footprintIds } },
      select: { id: true, footprintId: true, name: true },
    }),
  );
  await connectMissing({
    wanted: new Map(
      plan.workstreams.map((w) => [
        idOf(workstreamIds, workstreamKey(w.footprintKey, w.name), "workstream"),
        w.skills.map((skill) => idOf(ids.skills, skill, "skill")),
      ]),
    ),
    load: async (workstreamIdList) =>
      (
        await db.workstream.findMany({
          where: { id: { in: workstreamIdList } },
          select: { id: true, skills: { select: { id: true } } },
        })
      ).map((row) => ({ id: row.id, have: row.skills.map((s) => s.id) })),
    connect: (id, skillIds) =>
      db.workstream.update({
        where: { id },
        data: { skills: { connect: skillIds.map((skillId) => ({ id: skillId })) } },
      }),
  });
  await db.assignment.createMany({
    data: plan.assignments.map((a) => ({
      id: a.id,
      personId: a.personId,
      workstreamId: a.workstreamKey ? idOf(workstreamIds, a.workstreamKey, "workstream") : null,
      boardSeatId: a.boardSeatKey ? idOf(seatIds, a.boardSeatKey, "board seat") : null,
      role: a.role,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      endReason: a.endReason,
      assignedById: a.assignedByEmail ? idOf(ids.users, a.assignedByEmail, "user") : null,
    })),
    skipDuplicates: true,
  });
}

export const networks: SeedModule = {
  name: "networks",
  plan({ ref, people }) {
    const plan = buildNetworksAndAssignments(ref, people);
    return async (db, ids) => {
      await writeNetworks(db, plan, ids);
      return `Networks: ${plan.networks.length}, workstreams: ${plan.workstreams.length}`;
    };
  },
};
