/**
 * The open funding round, "pilot sites 2026", with its criteria and the bids footprints are
 * drafting or have submitted, and a member account for each bid's lead.
 */
import {
  BidSectionKey,
  BidState,
  OrganisationKind,
  Role,
  RoundState,
} from "../../lib/generated/prisma/enums";
import { buildUser, type UserSeed } from "./accounts";
import { writeCriteriaAndScale } from "./criteria";
import type { SeedModule } from "./module";
import { isEligibleIn, type PeoplePlan } from "./people";
import { icsKey, type ReferenceData } from "./reference-data";
import { addDays, londonTime } from "./shared/dates";
import { idOf, type Db, type Ids } from "./shared/ids";
import { requireValue, slugify } from "./shared/text";

const ROUND_SLUG = "pilot-sites-2026";

type BidSpec = {
  ics: string;
  state: BidState;
  title: string;
  existing: string;
  innovation: string;
  ambition: string;
  scale: string;
  /** For drafts: the sections written so far (the rest are saved empty). */
  written?: BidSectionKey[];
  budget: Array<[string, number]>;
  partnerNames: Array<[string, string]>;
  createdAt: string;
  submittedAt?: string;
};

const BID_SPECS: BidSpec[] = [
  {
    ics: "QXU",
    state: BidState.DRAFT,
    title: "Surrey Heartlands: from discussion group to system assurance partner",
    existing:
      "Surrey Heartlands already has a lay member and NED discussion group with a non-executive attached to " +
      "each of its 13 workstreams. The pilot would turn it into a recognised assurance partner of the ICB board.",
    innovation:
      "A shared online workspace where workstream leads post short assurance notes after each meeting, so " +
      "every non-executive can see the whole system's programme in one place.",
    ambition:
      "Bring Surrey County Council's health portfolio holders and the voluntary sector alliance into the group.",
    scale: "",
    written: [
      BidSectionKey.FUNCTION_AND_MODEL,
      BidSectionKey.EXISTING_NETWORK,
      BidSectionKey.INNOVATION,
      BidSectionKey.AMBITION,
    ],
    budget: [
      ["Network coordinator (0.4 WTE, 12 months)", 18_000],
      ["Online workspace licence and set-up", 6_500],
      ["Development sessions and facilitation", 7_500],
    ],
    partnerNames: [
      ["Surrey County Council", "Local authority partner"],
      ["Surrey Voluntary Sector Alliance", "Voluntary sector partner"],
    ],
    createdAt: "2026-10-06T11:15:00.000Z",
  },
  {
    ics: "QYG",
    state: BidState.DRAFT,
    title: "Cheshire and Merseyside non-executive community network",
    existing:
      "There is no network yet; a steering group of three non-executives has been meeting since the summer.",
    innovation: "",
    ambition: "",
    scale:
      "Cheshire and Merseyside is one of the largest ICSs, with nine places and many trusts, so non-executives rarely meet across organisations.",
    written: [BidSectionKey.EXISTING_NETWORK, BidSectionKey.SCALE],
    budget: [["Network coordinator (0.5 WTE, 12 months)", 24_000]],
    partnerNames: [["Liverpool City Council", "Local authority partner"]],
    createdAt: "2026-10-20T15:40:00.000Z",
  },
  {
    ics: "QMM",
    state: BidState.DRAFT,
    title: "Norfolk and Waveney: a rural non-executive network",
    existing: "A network has been proposed to the ICB and agreed in principle.",
    innovation:
      "An online-first network, so that members in rural and coastal areas can take part without long journeys.",
    ambition: "",
    scale: "",
    written: [
      BidSectionKey.FUNCTION_AND_MODEL,
      BidSectionKey.EXISTING_NETWORK,
      BidSectionKey.INNOVATION,
    ],
    budget: [
      ["Network coordinator (0.3 WTE, 12 months)", 14_000],
      ["Video conferencing and accessibility support", 3_500],
    ],
    partnerNames: [
      ["Norfolk County Council", "Local authority partner"],
      ["Suffolk County Council", "Local authority partner"],
    ],
    createdAt: "2026-11-03T09:05:00.000Z",
  },
  {
    ics: "QNX",
    state: BidState.DRAFT,
    title: "Sussex non-executive network",
    existing: "",
    innovation: "",
    ambition: "",
    scale: "",
    written: [BidSectionKey.FUNCTION_AND_MODEL],
    budget: [["Network coordinator (to be costed with the ICB)", 15_000]],
    partnerNames: [["West Sussex County Council", "Local authority partner"]],
    createdAt: "2026-11-16T14:22:00.000Z",
  },
  {
    ics: "QE1",
    state: BidState.SUBMITTED,
    title: "Lancashire and South Cumbria: connecting board non-executives with every place",
    existing:
      "Five non-executives and lay members already sit on the ICS board and lead its workstreams. The pilot " +
      "would connect them with the non-executives of the footprint's trusts and councils in each of its five places.",
    innovation:
      "Place-based 'non-executive huddles' run online, with a shared dashboard of the questions each board " +
      "member is pursuing and the answers they received.",
    ambition:
      "Every upper-tier council in the footprint has agreed to nominate a councillor, and Healthwatch will co-chair the public sessions.",
    scale:
      "Two counties, five places, five trusts and four upper-tier councils, with a population of 1.8 million.",
    budget: [
      ["Network coordinator (0.6 WTE, 15 months)", 28_000],
      ["Place huddles: venues, travel and facilitation", 9_000],
      ["Shared dashboard development", 7_500],
      ["Independent evaluation", 5_500],
    ],
    partnerNames: [
      ["Lancashire County Council", "Local authority partner"],
      ["Blackpool Council", "Local authority partner"],
      ["Lancashire and South Cumbria Voluntary Sector Alliance", "Voluntary sector partner"],
    ],
    createdAt: "2026-10-02T10:00:00.000Z",
    submittedAt: "2026-11-09T16:48:12.000Z",
  },
  {
    ics: "QWO",
    state: BidState.SUBMITTED,
    title: "West Yorkshire: widening the lay member assurance group",
    existing:
      "West Yorkshire's lay member assurance group has covered the 11 CCGs of the footprint since 2017. The pilot " +
      "would open it to trust NEDs and councillors and give it a formal assurance role for the ICB.",
    innovation:
      "A public 'you said, we did' log of the group's assurance findings, maintained online and reviewed by residents' panels.",
    ambition:
      "Co-design the group's work plan with the five places' Healthwatch organisations and the councils.",
    scale:
      "Five places, a population of 2.4 million and some of England's most deprived neighbourhoods.",
    budget: [
      ["Assurance group coordinator (0.5 WTE, 12 months)", 22_000],
      ["Residents' panels: recruitment, expenses and facilitation", 12_000],
      ["Online assurance log", 4_000],
      ["Evaluation and learning write-up", 6_000],
    ],
    partnerNames: [
      ["Leeds City Council", "Local authority partner"],
      ["West Yorkshire Voluntary Sector Alliance", "Voluntary sector partner"],
    ],
    createdAt: "2026-10-05T13:30:00.000Z",
    submittedAt: "2026-11-20T11:02:45.000Z",
  },
  {
    ics: "QMF",
    state: BidState.SUBMITTED,
    title: "North East London: a non-executive voice for each place",
    existing:
      "The North East London non-executive forum meets quarterly but has no capacity between meetings.",
    innovation:
      "Pairs each place-based partnership with a non-executive 'buddy' from a different borough, to spread practice.",
    ambition:
      "Involve all seven boroughs' health scrutiny chairs and the voluntary sector alliance.",
    scale:
      "Seven boroughs, a young and fast-growing population of two million, and high levels of deprivation.",
    budget: [
      ["Forum coordinator (0.5 WTE, 12 months)", 25_000],
      ["Buddying programme", 8_000],
      ["Translation and accessible materials", 4_000],
      ["Learning events", 6_000],
    ],
    partnerNames: [
      ["London Borough of Tower Hamlets", "Local authority partner"],
      ["London Borough of Newham", "Local authority partner"],
      ["North East London Voluntary Sector Alliance", "Voluntary sector partner"],
    ],
    createdAt: "2026-10-12T08:45:00.000Z",
    submittedAt: "2026-11-05T17:30:00.000Z",
  },
  {
    ics: "QHL",
    state: BidState.SUBMITTED,
    title: "Birmingham and Solihull: non-executives tackling health inequalities",
    existing:
      "An established network meets every two months; the pilot would fund a programme of work on inequalities.",
    innovation:
      "Uses the ICS's population health data to give each non-executive a short brief on inequalities in their services.",
    ambition: "A joint programme with both councils' scrutiny committees and the voluntary sector.",
    scale:
      "One of the largest and most diverse populations of any ICS, with marked differences in life expectancy between wards.",
    budget: [
      ["Network coordinator (0.5 WTE, 12 months)", 23_000],
      ["Population health briefs (analyst time)", 10_000],
      ["Community listening events", 7_000],
    ],
    partnerNames: [
      ["Birmingham City Council", "Local authority partner"],
      ["Birmingham and Solihull Voluntary Sector Alliance", "Voluntary sector partner"],
    ],
    createdAt: "2026-10-08T12:10:00.000Z",
    submittedAt: "2026-11-12T09:15:30.000Z",
  },
  {
    ics: "QUE",
    state: BidState.SUBMITTED,
    title: "Cambridgeshire and Peterborough non-executive network",
    existing: "There is no network today; non-executives meet only within their own organisations.",
    innovation:
      "A digital directory of non-executives' skills, used to match people to ICS workstreams.",
    ambition:
      "Start with the ICS's two places and both councils, and open to the public in the second year.",
    scale:
      "A mixed urban and rural footprint with one of the fastest-growing populations in England.",
    budget: [
      ["Network coordinator (0.4 WTE, 12 months)", 18_500],
      ["Skills directory", 5_000],
      ["Induction and development sessions", 6_500],
    ],
    partnerNames: [
      ["Cambridgeshire County Council", "Local authority partner"],
      ["Peterborough City Council", "Local authority partner"],
    ],
    createdAt: "2026-10-14T10:20:00.000Z",
    submittedAt: "2026-11-16T15:05:10.000Z",
  },
  {
    ics: "QJK",
    state: BidState.SUBMITTED,
    title: "Devon: a non-executive network across a large rural county",
    existing:
      "Informal links between trust chairs exist; there is no network for NEDs, lay members or councillors.",
    innovation:
      "Regular short online sessions and a shared question log, so members across a large county take part without travel.",
    ambition: "Bring the three councils and the voluntary sector alliance in from the start.",
    scale:
      "A large rural county with two cities, three councils and long travel times between them.",
    budget: [
      ["Network coordinator (0.4 WTE, 12 months)", 19_000],
      ["Online sessions and question log", 4_500],
      ["Travel support for rural members", 5_500],
      ["Evaluation", 4_000],
    ],
    partnerNames: [
      ["Devon County Council", "Local authority partner"],
      ["Plymouth City Council", "Local authority partner"],
      ["Devon Voluntary Sector Alliance", "Voluntary sector partner"],
    ],
    createdAt: "2026-10-19T09:55:00.000Z",
    submittedAt: "2026-11-19T18:20:00.000Z",
  },
];

type BidSeed = {
  id: string;
  footprintKey: string;
  leadEmail: string;
  coAuthorEmails: string[];
  title: string;
  state: BidState;
  amountRequestedPence: number;
  declarationAccepted: boolean;
  createdAt: Date;
  submittedAt: Date | null;
  sections: Array<{ key: BidSectionKey; body: string }>;
  partners: Array<{ orgKey: string; role: string }>;
  budgetLines: Array<{ description: string; amountPence: number }>;
};

function writeBidSections(
  spec: BidSpec,
  footprintName: string,
  spanningTrust: string | null,
): Record<BidSectionKey, string> {
  return {
    [BidSectionKey.FUNCTION_AND_MODEL]:
      `The network will bring together the lay members, non-executive directors and elected members of ` +
      `${footprintName} to give independent, joined-up challenge to the system's decisions. It will meet ` +
      `every two months, be chaired by a non-executive elected by its members, and report to the ICB board.`,
    [BidSectionKey.EXISTING_NETWORK]: spec.existing,
    [BidSectionKey.INNOVATION]: spec.innovation,
    [BidSectionKey.AMBITION]: spec.ambition,
    [BidSectionKey.SCALE]: spec.scale,
    [BidSectionKey.CROSS_FOOTPRINT_TRUSTS]: spanningTrust
      ? `${spanningTrust} serves several ICSs in the region. Its non-executives will be invited to the ` +
        `network, and we will agree with the neighbouring networks how to share their time.`
      : "",
    [BidSectionKey.OUTCOMES_AND_LEARNING]:
      "By the end of the pilot every workstream will have a named non-executive, members will report that " +
      "they understand and can influence system decisions, and we will publish what worked and what did not " +
      "through the national learning event and a short written case study.",
    [BidSectionKey.TIMELINE]:
      "April 2027: coordinator in post and first meeting. June 2027: terms of reference agreed with the ICB. " +
      "September 2027: interim review. March 2028: evaluation and learning report.",
  };
}

function buildBids(ref: ReferenceData, plan: PeoplePlan, users: UserSeed[]): BidSeed[] {
  const organisationByName = new Map(ref.organisations.map((o) => [o.name, o.key]));
  const leadByIcs = new Map(
    users
      .filter((user) => user.email.startsWith("member."))
      .map((user) => {
        const person = requireValue(
          plan.people.find((p) => p.id === user.personId),
          user.personId,
        );
        return [person.homeIcs, user.email] as const;
      }),
  );
  return BID_SPECS.map((spec) => {
    const footprint = requireValue(ref.footprintByKey.get(icsKey(spec.ics)), `ICS ${spec.ics}`);
    // The footprint's ambulance trust is the example of a trust spanning several footprints; prefer
    // the one hosted in the footprint over a neighbour linked only by the regional approximation.
    const ambulanceTrusts = ref.organisations.filter(
      (o) =>
        o.kind === OrganisationKind.TRUST &&
        !o.closedOn &&
        o.name.includes("Ambulance") &&
        ref.links.some((link) => link.orgKey === o.key && link.footprintKey === footprint.key),
    );
    const spanningTrust = ambulanceTrusts.find((o) => o.homeIcs === spec.ics) ?? ambulanceTrusts[0];
    const bodies = writeBidSections(spec, footprint.name, spanningTrust?.name ?? null);
    const sections = Object.values(BidSectionKey).map((key) => ({
      key,
      body: !spec.written || spec.written.includes(key) ? bodies[key] : "",
    }));
    const budgetLines = spec.budget.map(([description, pounds]) => ({
      description,
      amountPence: pounds * 100,
    }));
    const leadEmail =
      spec.ics === "QXU"
        ? "member@example.org"
        : requireValue(leadByIcs.get(spec.ics), `a bid lead in ${spec.ics}`);
    return {
      id: `seed-bid-${ROUND_SLUG}-${spec.ics.toLowerCase()}`,
      footprintKey: footprint.key,
      leadEmail,
      coAuthorEmails: spec.ics === "QXU" ? ["member.surrey-heartlands@example.org"] : [],
      title: spec.title,
      state: spec.state,
      amountRequestedPence: budgetLines.reduce((sum, line) => sum + line.amountPence, 0),
      declarationAccepted: spec.state === BidState.SUBMITTED,
      createdAt: new Date(spec.createdAt),
      submittedAt: spec.submittedAt ? new Date(spec.submittedAt) : null,
      sections,
      partners: spec.partnerNames.map(([name, role]) => ({
        orgKey: requireValue(organisationByName.get(name), `organisation ${name}`),
        role,
      })),
      budgetLines,
    };
  });
}

async function writeRoundAndBids(db: Db, bids: BidSeed[], ids: Ids): Promise<void> {
  await db.fundingRound.createMany({
    data: [
      {
        id: `seed-round-${ROUND_SLUG}`,
        slug: ROUND_SLUG,
        title: "Non-executive community network pilot sites",
        description:
          "Funding for seven local non-executive community networks, bringing together the lay members, " +
          "non-executive directors and elected members of an ICS, STP or ICP footprint so that they are " +
          "engaged in system decisions. Bids are scored on innovation, ambition and the scale of the local " +
          "challenge, and the learning from the pilots will be shared nationally.",
        eligibility:
          "One bid per footprint, led by a lay member, non-executive director or councillor with a current " +
          "appointment at an organisation in the footprint.",
        // Opening and closing times are set in UK time: 09:00 BST on 1 October, 12:00 GMT on 29 January.
        opensAt: londonTime("2026-10-01T09:00"),
        closesAt: londonTime("2027-01-29T12:00"),
        budgetPence: 35_000_000,
        pilotPlaces: 7,
        assessorsPerBid: 3,
        state: RoundState.OPEN,
      },
    ],
    skipDuplicates: true,
  });
  const round = requireValue(
    await db.fundingRound.findUnique({ where: { slug: ROUND_SLUG }, select: { id: true } }),
    `funding round ${ROUND_SLUG}`,
  );
  await writeCriteriaAndScale(db, { roundId: round.id, slug: ROUND_SLUG });

  await db.bid.createMany({
    data: bids.map((b) => ({
      id: b.id,
      roundId: round.id,
      footprintId: idOf(ids.footprints, b.footprintKey, "footprint"),
      leadUserId: idOf(ids.users, b.leadEmail, "user"),
      title: b.title,
      state: b.state,
      amountRequestedPence: b.amountRequestedPence,
      declarationAccepted: b.declarationAccepted,
      createdAt: b.createdAt,
      submittedAt: b.submittedAt,
    })),
    skipDuplicates: true,
  });
  // A footprint that already has a live bid of its own keeps it; the seed's bid for it was skipped.
  const present = new Set(
    (
      await db.bid.findMany({ where: { id: { in: bids.map((b) => b.id) } }, select: { id: true } })
    ).map((row) => row.id),
  );
  const written = bids.filter((b) => present.has(b.id));
  await db.bidSection.createMany({
    data: written.flatMap((b) =>
      b.sections.map((section) => ({
        id: `${b.id}-${section.key.toLowerCase().replace(/_/g, "-")}`,
        bidId: b.id,
        key: section.key,
        body: section.body,
        updatedById: section.body ? idOf(ids.users, b.leadEmail, "user") : null,
      })),
    ),
    skipDuplicates: true,
  });
  await db.bidPartner.createMany({
    data: written.flatMap((b) =>
      b.partners.map((p) => ({
        bidId: b.id,
        organisationId: idOf(ids.organisations, p.orgKey, "organisation"),
        role: p.role,
      })),
    ),
    skipDuplicates: true,
  });
  await db.bidCoAuthor.createMany({
    data: written.flatMap((b) =>
      b.coAuthorEmails.map((email) => ({
        bidId: b.id,
        userId: idOf(ids.users, email, "user"),
        addedAt: addDays(b.createdAt, 2),
        addedById: idOf(ids.users, b.leadEmail, "user"),
      })),
    ),
    skipDuplicates: true,
  });
  await db.budgetLine.createMany({
    data: written.flatMap((b) =>
      b.budgetLines.map((line, position) => ({
        id: `${b.id}-budget-${position + 1}`,
        bidId: b.id,
        ...line,
        position,
      })),
    ),
    skipDuplicates: true,
  });
}

/**
 * A member account for each bidding footprint's lead (and a Surrey co-author): the first person
 * with a current appointment there, who in the example footprints also holds a seat or a lead.
 */
function planBidLeads(ref: ReferenceData, people: PeoplePlan, users: UserSeed[]): UserSeed[] {
  const linkSet = new Set(ref.links.map((link) => `${link.orgKey}|${link.footprintKey}`));
  const taken = new Set(users.map((user) => user.personId));
  const leadIcs = [...BID_SPECS.map((spec) => spec.ics).filter((ics) => ics !== "QXU"), "QXU"];
  return leadIcs.map((ics) => {
    const footprint = requireValue(ref.footprintByKey.get(icsKey(ics)), `ICS ${ics}`);
    const person = requireValue(
      (people.byIcs.get(ics) ?? []).find(
        (p) => !taken.has(p.id) && isEligibleIn(p, footprint.key, linkSet),
      ),
      `an eligible person in ${ics}`,
    );
    taken.add(person.id);
    const slug = slugify(footprint.name);
    return buildUser(`member-${slug}`, `member.${slug}@example.org`, person, [
      { role: Role.MEMBER, footprintKey: null },
    ]);
  });
}

export const roundsAndBids: SeedModule = {
  name: "rounds and bids",
  plan({ ref, people, users }) {
    users.push(...planBidLeads(ref, people, users));
    const bids = buildBids(ref, people, users);
    return async (db, ids) => {
      await writeRoundAndBids(db, bids, ids);
      return `Funding round ${ROUND_SLUG} with ${bids.length} bids`;
    };
  },
};
