/**
 * The demo's second funding round, wave one: it closed on 30 September 2026 and is being assessed,
 * so the assessor's and the programme admin's screens have realistic work to show. Twelve submitted
 * bids from twelve ICSs across all seven regions, three assessors on each, and reviews that tell a
 * story: one assessor marks hard and one soft (for the normalisation to correct), one bid's
 * assessors disagree by more than the round's threshold (for moderation), two reviews came in after
 * the due date, some work is still outstanding, the demo assessor has a declared interest in one
 * bid's footprint, and the seven best-scoring bids cost more than the budget.
 *
 * Written like the rest of the seed: every row has a fixed id and is inserted only when missing,
 * and a row's children are written only with it, so a second run changes nothing and what demo
 * users did since (a draft submitted, a review reopened) is kept.
 */
import {
  BidSectionKey,
  BidState,
  type ConflictType,
  ReviewState,
  Role,
  RoundState,
} from "../../lib/generated/prisma/enums";
import { findConflicts, type AssessorRecord } from "../../lib/conflicts/find-conflicts";
import type { UserSeed } from "./accounts";
import { CRITERIA, writeCriteriaAndScale } from "./criteria";
import type { SeedModule } from "./module";
import { isEligibleIn, type PeoplePlan, type PersonSeed } from "./people";
import { icsKey, type ReferenceData } from "./reference-data";
import { londonTime } from "./shared/dates";
import { idOf, type Db, type Ids } from "./shared/ids";
import { requireValue, slugify } from "./shared/text";
import { insertMissing } from "./shared/write";

export const WAVE_ONE_SLUG = "pilot-sites-wave-one";

/** The round's criteria, which are the open round's (CRITERIA): planWaveOne checks they still are. */
const CRITERION_NAMES = ["Innovation", "Ambition", "Scale"] as const;
type CriterionName = (typeof CRITERION_NAMES)[number];

/** A score on the round's 1–5 scale and the assessor's rationale for it. */
type Mark = [score: number, rationale: string];

/** The round's assessors, by the local part of their e-mail address. */
type AssessorKey = "assessor" | "assessor2" | "assessor3" | "assessor4" | "assessor5";

/** Times are UK wall-clock times ("2026-10-05T10:15"), as the people involved would give them. */
type ReviewSpec =
  | { assessor: AssessorKey; state: "NOT_STARTED" }
  | {
      assessor: AssessorKey;
      state: typeof ReviewState.DRAFT;
      startedAt: string;
      savedAt: string;
      marks: Partial<Record<CriterionName, Mark>>;
    }
  | {
      assessor: AssessorKey;
      state: typeof ReviewState.SUBMITTED;
      startedAt: string;
      submittedAt: string;
      marks: Record<CriterionName, Mark>;
    };

type BidSpec = {
  ics: string;
  title: string;
  answers: Record<BidSectionKey, string>;
  partners: Array<[name: string, role: string]>;
  budget: Array<[description: string, pounds: number]>;
  startedAt: string;
  submittedAt: string;
  reviews: ReviewSpec[];
};

const ROUND = {
  title: "Non-executive community network pilot sites: wave one",
  description:
    "The first wave of funding for local non-executive community networks, bringing together the lay " +
    "members, non-executive directors and elected members of an ICS, STP or ICP footprint so that they " +
    "are engaged in system decisions. Bids are scored on innovation, ambition and the scale of the local " +
    "challenge; seven pilot sites will be funded and their learning shared nationally.",
  eligibility:
    "One bid per footprint, led by a lay member, non-executive director or councillor with a current " +
    "appointment at an organisation in the footprint.",
  // UK time: 09:00 BST on 1 June, 12:00 BST on 30 September.
  opensAt: "2026-06-01T09:00",
  closesAt: "2026-09-30T12:00",
  budgetPence: 35_000_000,
  pilotPlaces: 7,
  assessorsPerBid: 3,
  disagreementThreshold: 1.5,
};

/** The programme admin assigned every bid in one sitting, a few days after the close (UK time). */
const ASSIGNED_AT = "2026-10-05T10:15";
/** Reviews are due by 17:00 GMT on 20 November; the ranking counts any submitted later as late. */
const DUE_AT = "2026-11-20T17:00";

/** The two assessors added for this round: one who marks hard, one who marks soft. */
const NEW_ASSESSORS: Array<{
  key: AssessorKey;
  givenName: string;
  familyName: string;
  bio: string;
}> = [
  {
    key: "assessor4",
    givenName: "Bridget",
    familyName: "Halloran",
    bio: "Assessor for the pilot sites rounds; previously an internal auditor in the NHS.",
  },
  {
    key: "assessor5",
    givenName: "Kofi",
    familyName: "Mensah",
    bio: "Assessor for the pilot sites rounds; previously ran a community development charity.",
  },
];

const LA = "Local authority partner";
const VS = "Voluntary sector partner";
const TRUST = "Trust partner";

// Twelve footprints: three in the Midlands and three in North East and Yorkshire, so a per-region
// cap changes the selection; every region has at least one.
const BID_SPECS: BidSpec[] = [
  {
    ics: "QHL",
    title: "Birmingham and Solihull: challenge pairs across the NHS and local government",
    answers: {
      FUNCTION_AND_MODEL:
        "A network of the non-executives and lay members of the ICB and the five NHS trusts, and councillors " +
        "from both councils, meeting every two months with a rotating chair. Between meetings, 'challenge " +
        "pairs' of a trust NED and a councillor each follow one system priority and report to the ICB's " +
        "quality committee.",
      EXISTING_NETWORK:
        "Trust chairs meet informally and the councils' scrutiny chairs meet the ICB twice a year, but NEDs " +
        "and lay members have no shared forum. The pilot would join these up and give non-executives below " +
        "chair level a voice in the system for the first time.",
      INNOVATION:
        "Each challenge pair shadows one programme (urgent care, children's mental health, healthy ageing) " +
        "for a year and publishes a short account of the questions asked and the answers given. We will test " +
        "whether pairing the NHS with local government gives sharper assurance than either alone.",
      AMBITION:
        "Both councils' health scrutiny committees have agreed to nominate members, and the voluntary sector " +
        "alliance will bring community organisations from the wards with the lowest life expectancy. In the " +
        "second year the network's meetings would be open to the public.",
      SCALE:
        "1.3 million people, one of the youngest and most ethnically diverse populations in England, with a " +
        "gap of more than ten years in life expectancy between wards. Five trusts, two councils and about 60 " +
        "non-executives who rarely meet outside their own boards.",
      CROSS_FOOTPRINT_TRUSTS:
        "West Midlands Ambulance Service serves the whole region and University Hospitals Birmingham draws " +
        "patients from the Black Country and beyond. Their NEDs will be invited, and we will agree with the " +
        "neighbouring networks which meetings they attend.",
      OUTCOMES_AND_LEARNING:
        "A named challenge pair for every system priority, four published challenge accounts, and a survey of " +
        "members at the start and end showing whether they feel able to influence the ICB. Learning shared " +
        "through the national learning event and the West Midlands chairs' forum.",
      TIMELINE:
        "January 2027: coordinator appointed. March: first network meeting and pairs formed. September: " +
        "interim review with the ICB. March 2028: evaluation published.",
    },
    partners: [
      ["Birmingham City Council", LA],
      ["Solihull Metropolitan Borough Council", LA],
      ["Birmingham and Solihull Voluntary Sector Alliance", VS],
    ],
    budget: [
      ["Network coordinator (0.5 WTE, 15 months)", 27_500],
      ["Challenge pairs: training and facilitation", 9_500],
      ["Community sessions in priority wards", 8_000],
      ["Independent evaluation", 7_000],
    ],
    startedAt: "2026-06-15T10:20",
    submittedAt: "2026-09-24T15:42",
    reviews: [
      {
        assessor: "assessor2",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-08T09:30",
        submittedAt: "2026-10-09T14:12",
        marks: {
          Innovation: [
            4,
            "Challenge pairs of a trust NED and a councillor following one programme for a year are a new assurance model, and the published accounts make it testable.",
          ],
          Ambition: [
            4,
            "Both scrutiny committees have committed members and the voluntary sector alliance reaches the wards with the lowest life expectancy; public meetings follow in year two.",
          ],
          Scale: [
            4,
            "Five trusts, two councils and around 60 non-executives serving 1.3 million people, with a ten-year gap in life expectancy between wards.",
          ],
        },
      },
      {
        assessor: "assessor3",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-19T11:05",
        submittedAt: "2026-10-21T16:40",
        marks: {
          Innovation: [
            4,
            "Pairing the NHS with local government programme by programme is new and well thought through, though the bid could say more about how pairs will be supported.",
          ],
          Ambition: [
            4,
            "Councillors are equal members from the start and community organisations from the most deprived wards are involved.",
          ],
          Scale: [
            4,
            "A young, very diverse population with stark inequalities between wards; the bid counts the non-executives who rarely meet.",
          ],
        },
      },
      {
        assessor: "assessor5",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-12T10:00",
        submittedAt: "2026-10-12T15:25",
        marks: {
          Innovation: [
            5,
            "Challenge pairs are an excellent idea that other footprints could adopt straight away, and the published accounts make the learning easy to share.",
          ],
          Ambition: [
            4,
            "Strong commitment from both councils and the voluntary sector; public meetings only arrive in year two.",
          ],
          Scale: [
            5,
            "One of the most diverse and unequal populations of any ICS, with many organisations whose non-executives have never worked together.",
          ],
        },
      },
    ],
  },
  {
    ics: "QWU",
    title: "Coventry and Warwickshire: non-executives and the Marmot principles",
    answers: {
      FUNCTION_AND_MODEL:
        "The network will bring together the non-executives of the ICB and the four trusts with the councils' " +
        "cabinet members for health, meeting quarterly in person and monthly online. Its purpose is to give " +
        "the ICB board a joined-up non-executive view on the health inequalities strategy.",
      EXISTING_NETWORK:
        "There is no network today. The trust chairs meet through the provider collaborative, but NEDs and " +
        "associate NEDs have no forum across organisations.",
      INNOVATION:
        "We will build on Coventry's work as a Marmot city: each meeting takes one Marmot principle and asks " +
        "what every board in the system is doing about it, using a shared evidence pack prepared with the " +
        "public health teams.",
      AMBITION:
        "Coventry City Council and Warwickshire County Council will each send two members, and the network " +
        "will report once a year to both health and wellbeing boards. The district councils would join in " +
        "the second year.",
      SCALE:
        "About a million people in a city and a largely rural county, with four trusts, two upper-tier " +
        "councils and five district councils. Deprivation is concentrated in north Coventry and Nuneaton.",
      CROSS_FOOTPRINT_TRUSTS:
        "West Midlands Ambulance Service and the acute trusts also serve patients from Leicestershire and " +
        "Northamptonshire; their NEDs will be full members and a link to the neighbouring networks.",
      OUTCOMES_AND_LEARNING:
        "An evidence pack for each Marmot principle, a non-executive view on the inequalities strategy in the " +
        "ICB's annual review, and a short guide for other systems on using the principles for assurance.",
      TIMELINE:
        "February 2027: launch. Quarterly themed meetings through 2027. January 2028: annual report to both " +
        "health and wellbeing boards. March 2028: guide published.",
    },
    partners: [
      ["University Hospitals Coventry and Warwickshire NHS Trust", TRUST],
      ["George Eliot Hospital NHS Trust", TRUST],
      ["Coventry and Warwickshire Partnership NHS Trust", TRUST],
    ],
    budget: [
      ["Network coordinator (0.4 WTE, 12 months)", 19_000],
      ["Evidence packs (public health analyst time)", 12_000],
      ["Meetings and venues", 6_000],
      ["Guide and evaluation", 6_500],
    ],
    startedAt: "2026-06-22T09:05",
    submittedAt: "2026-09-29T16:10",
    reviews: [
      {
        assessor: "assessor",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-14T10:10",
        submittedAt: "2026-10-16T12:35",
        marks: {
          Innovation: [
            4,
            "Structuring each meeting around one Marmot principle with a shared evidence pack is a fresh way to focus non-executive challenge on inequalities.",
          ],
          Ambition: [
            3,
            "Both upper-tier councils send members and the network reports to the health and wellbeing boards, but district councils and the public wait for year two.",
          ],
          Scale: [
            3,
            "A million people across a city and a rural county with concentrated deprivation: a real but moderate challenge for four trusts and two councils.",
          ],
        },
      },
      {
        assessor: "assessor4",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-26T09:15",
        submittedAt: "2026-10-27T11:50",
        marks: {
          Innovation: [
            3,
            "Using the Marmot principles is sensible but borrows existing council work rather than creating a new way of running a network.",
          ],
          Ambition: [
            2,
            "Engagement is limited to cabinet members for health; there is no plan to involve residents or the voluntary sector in the pilot year.",
          ],
          Scale: [
            2,
            "A mid-sized footprint with four trusts, and no figures on how many non-executives are disengaged today.",
          ],
        },
      },
      {
        assessor: "assessor5",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-13T09:40",
        submittedAt: "2026-10-13T13:05",
        marks: {
          Innovation: [
            4,
            "A themed, evidence-led meeting cycle built on Coventry's Marmot city work is creative and transferable.",
          ],
          Ambition: [
            4,
            "Reporting to both health and wellbeing boards gives the network real reach into local government.",
          ],
          Scale: [
            3,
            "A mixed urban and rural footprint with pockets of high deprivation; significant but not exceptional.",
          ],
        },
      },
    ],
  },
  {
    ics: "QT1",
    title: "Nottingham and Nottinghamshire: restarting the lay and non-executive forum",
    answers: {
      FUNCTION_AND_MODEL:
        "A forum of the ICB's non-executive members, trust NEDs and lay members, meeting six times a year, " +
        "with a small steering group that sets agendas from the ICB board's forward plan. The forum will give " +
        "the ICB written non-executive views before major decisions.",
      EXISTING_NETWORK:
        "A lay member network met until 2022 and lapsed when the CCG closed. Several of its members now sit " +
        "on trust or ICB boards and want to restart it with a broader membership.",
      INNOVATION:
        "Modest by design: members review board papers in advance with a short shared template, so that " +
        "non-executives in different organisations raise the same questions on system-wide items. The " +
        "template will be published for others to use.",
      AMBITION:
        "The forum starts with the NHS boards and invites the city and county councils' health portfolio " +
        "holders from its third meeting. Public involvement comes through the existing Healthwatch " +
        "partnership rather than new structures.",
      SCALE:
        "1.1 million people across a city and a county with very different needs, from inner-city Nottingham " +
        "to the former coalfield towns of Mansfield and Ashfield.",
      CROSS_FOOTPRINT_TRUSTS:
        "East Midlands Ambulance Service covers six ICSs. We will invite one of its NEDs and share our notes " +
        "with the other East Midlands networks.",
      OUTCOMES_AND_LEARNING:
        "Written non-executive views on at least four major ICB decisions in the first year, a published " +
        "review template, and a short account of restarting a network that had lapsed.",
      TIMELINE:
        "January 2027: steering group. March: first forum, then every two months. December 2027: evaluation.",
    },
    partners: [
      ["Nottingham University Hospitals NHS Trust", TRUST],
      ["Sherwood Forest Hospitals NHS Foundation Trust", TRUST],
    ],
    budget: [
      ["Forum coordinator (0.3 WTE, 12 months)", 14_000],
      ["Meeting costs", 5_500],
      ["Review template and training", 6_000],
      ["Evaluation", 5_500],
    ],
    startedAt: "2026-07-06T14:30",
    submittedAt: "2026-09-30T11:52",
    reviews: [
      {
        assessor: "assessor",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-20T14:00",
        submittedAt: "2026-10-22T10:45",
        marks: {
          Innovation: [
            3,
            "A shared template for reviewing board papers is practical and publishable, but the bid itself calls it modest.",
          ],
          Ambition: [
            4,
            "Restarting a lapsed network with trust and ICB non-executives, then bringing in councillors from the third meeting, is realistic and well sequenced.",
          ],
          Scale: [
            4,
            "The contrast between inner-city Nottingham and the former coalfield towns is well described, across a footprint of 1.1 million people.",
          ],
        },
      },
      {
        assessor: "assessor2",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-28T10:20",
        submittedAt: "2026-10-29T15:55",
        marks: {
          Innovation: [
            3,
            "The review template is useful but largely a process improvement; there is little new in how the network will be built.",
          ],
          Ambition: [
            3,
            "Councillors join from the third meeting and public involvement relies on Healthwatch, which is sensible but cautious.",
          ],
          Scale: [
            4,
            "Very different needs across city and county, and a previous network that lapsed, make a clear case for support.",
          ],
        },
      },
      {
        assessor: "assessor4",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-11-02T09:10",
        submittedAt: "2026-11-03T12:20",
        marks: {
          Innovation: [
            2,
            "Pre-meeting review templates are already used by many boards; the bid offers little that others would learn from.",
          ],
          Ambition: [
            3,
            "A credible plan to involve the city and county councils, though public engagement is left to Healthwatch.",
          ],
          Scale: [
            3,
            "A moderate challenge: one ICB, a handful of trusts and two councils, with some evidence of disengagement since the CCG closed.",
          ],
        },
      },
    ],
  },
  {
    ics: "QHM",
    title: "North East and North Cumbria: one non-executive voice from the Tweed to the Tees",
    answers: {
      FUNCTION_AND_MODEL:
        "A network of about 200 non-executives across the ICB, 11 trusts and 14 local authorities, organised " +
        "in four sub-networks that match the ICS's areas (North, Central, Tees Valley and North Cumbria) with " +
        "a system-wide assembly twice a year. Each sub-network appoints a member to the ICB's non-executive " +
        "reference group.",
      EXISTING_NETWORK:
        "The trust chairs have met for years through the provider collaborative, and lay members met across " +
        "the former CCGs. Neither group includes councillors, and NEDs below chair level have no route into " +
        "ICS decisions.",
      INNOVATION:
        "A quarterly online 'system question time' in which ICB executives answer questions that non-executives " +
        "submit in advance, recorded and published for members who cannot attend. We will also trial one " +
        "shared induction for every new NED across the 11 trusts.",
      AMBITION:
        "All 14 councils will be invited to nominate a member, and the network will agree its priorities with " +
        "the region's Healthwatch organisations and voluntary sector infrastructure bodies. The aim is a single " +
        "non-executive voice for the whole footprint within two years.",
      SCALE:
        "Over three million people, 11 trusts and 14 councils, from the Scottish border to North Yorkshire, " +
        "including remote rural communities and some of the most deprived towns in England.",
      CROSS_FOOTPRINT_TRUSTS:
        "The North East Ambulance Service and the mental health trusts span the whole footprint and beyond; " +
        "Cumbria, Northumberland, Tyne and Wear's NEDs will join every sub-network.",
      OUTCOMES_AND_LEARNING:
        "Four active sub-networks, a shared induction used by every trust, eight published question times, " +
        "and an evaluation by a regional university of whether non-executives' questions changed ICB decisions.",
      TIMELINE:
        "January 2027: network manager and sub-network leads appointed. April: first assembly. June: first " +
        "question time, then quarterly. October: interim evaluation. March 2028: final evaluation.",
    },
    partners: [
      ["The Newcastle upon Tyne Hospitals NHS Foundation Trust", TRUST],
      ["Northumbria Healthcare NHS Foundation Trust", TRUST],
      ["North Cumbria Integrated Care NHS Foundation Trust", TRUST],
    ],
    budget: [
      ["Network manager (0.8 WTE, 15 months)", 42_000],
      ["Sub-network facilitation and travel", 14_000],
      ["System question time: production and captioning", 7_500],
      ["Shared induction programme", 6_500],
      ["University evaluation", 8_000],
    ],
    startedAt: "2026-06-03T11:00",
    submittedAt: "2026-09-18T10:05",
    reviews: [
      {
        assessor: "assessor",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-07T09:45",
        submittedAt: "2026-10-09T11:30",
        marks: {
          Innovation: [
            4,
            "Recorded question times with ICB executives and a shared induction across 11 trusts are strong, practical innovations.",
          ],
          Ambition: [
            4,
            "Inviting all 14 councils and agreeing priorities with Healthwatch is ambitious, and the two-year goal of a single voice is well argued.",
          ],
          Scale: [
            5,
            "Over three million people, 11 trusts and 14 councils from the Scottish border to North Yorkshire: the largest and most complex challenge in the round.",
          ],
        },
      },
      {
        assessor: "assessor3",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-26T13:30",
        submittedAt: "2026-10-28T09:50",
        marks: {
          Innovation: [
            4,
            "Question time is a good way to reach members who cannot travel, and the shared induction could be adopted nationally.",
          ],
          Ambition: [
            4,
            "Strong reach into local government and the voluntary sector, with sub-networks that match the ICS's own areas.",
          ],
          Scale: [
            5,
            "A very large, mixed urban and rural footprint with deep deprivation; the bid sets out the numbers clearly.",
          ],
        },
      },
      {
        assessor: "assessor5",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-14T10:30",
        submittedAt: "2026-10-14T16:15",
        marks: {
          Innovation: [
            5,
            "System question time is exactly the kind of idea other networks will want to copy, and the university evaluation will show whether it works.",
          ],
          Ambition: [
            4,
            "Bringing in 14 councils and Healthwatch is ambitious; the route to formal influence over ICB decisions could be firmer.",
          ],
          Scale: [
            5,
            "An enormous footprint with hundreds of non-executives and some of the most deprived communities in England.",
          ],
        },
      },
    ],
  },
  {
    ics: "QF7",
    title: "South Yorkshire: place circles that walk the patient pathway",
    answers: {
      FUNCTION_AND_MODEL:
        "Four place circles (Barnsley, Doncaster, Rotherham and Sheffield) bring together the non-executives " +
        "and councillors who work in each place. A system group of two members from each circle meets the ICB " +
        "chair every quarter.",
      EXISTING_NETWORK:
        "Sheffield has a lay member group that outlived its CCG and still meets monthly. The other three places " +
        "have nothing comparable; this bid extends Sheffield's model to them.",
      INNOVATION:
        "Circles will 'walk the pathway': members follow one patient pathway across organisations, such as " +
        "discharge from hospital to care at home, and report what they saw to both the trust and council boards.",
      AMBITION:
        "All four metropolitan councils have agreed to take part, and the mayoral combined authority's health " +
        "lead will attend the system group. Each circle holds one open public meeting a year.",
      SCALE:
        "1.4 million people in four places with a shared industrial past, high levels of long-term illness and " +
        "large differences in healthy life expectancy between and within places.",
      CROSS_FOOTPRINT_TRUSTS:
        "Yorkshire Ambulance Service and Doncaster and Bassetlaw Teaching Hospitals also serve Nottinghamshire " +
        "and West Yorkshire; their NEDs will be invited to the circles they serve.",
      OUTCOMES_AND_LEARNING:
        "Four circles running, at least eight pathway walks reported to boards, and a published comparison of " +
        "what worked in each place.",
      TIMELINE:
        "February 2027: circles convened. May: first pathway walks. Quarterly system group meetings. March " +
        "2028: evaluation.",
    },
    partners: [
      ["Sheffield Teaching Hospitals NHS Foundation Trust", TRUST],
      ["Barnsley Hospital NHS Foundation Trust", TRUST],
      ["The Rotherham NHS Foundation Trust", TRUST],
    ],
    budget: [
      ["Network coordinator (0.5 WTE, 12 months)", 24_000],
      ["Pathway walks: facilitation and write-up", 9_000],
      ["Public meetings in each place", 6_500],
      ["Evaluation", 8_000],
    ],
    startedAt: "2026-06-29T13:15",
    submittedAt: "2026-09-25T12:30",
    reviews: [
      {
        assessor: "assessor2",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-15T09:00",
        submittedAt: "2026-10-16T10:20",
        marks: {
          Innovation: [
            4,
            "Walking a pathway across organisations is a practical, new way for non-executives to see how system decisions land for patients.",
          ],
          Ambition: [
            4,
            "All four metropolitan councils and the combined authority's health lead are committed, and each place holds a public meeting.",
          ],
          Scale: [
            3,
            "High long-term illness across 1.4 million people, but the bid leans on Sheffield and gives few figures for the other places.",
          ],
        },
      },
      {
        assessor: "assessor4",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-19T14:10",
        submittedAt: "2026-10-20T16:45",
        marks: {
          Innovation: [
            3,
            "Pathway walks are a form of board visit that many trusts already run; taking them across organisations is a modest step.",
          ],
          Ambition: [
            2,
            "The councils are named but their role is not defined, and public meetings happen only once a year.",
          ],
          Scale: [
            3,
            "Four places with real inequalities, though the bid does not say how many non-executives it would reach.",
          ],
        },
      },
      {
        assessor: "assessor5",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-20T09:30",
        submittedAt: "2026-10-20T12:10",
        marks: {
          Innovation: [
            4,
            "Extending Sheffield's surviving lay member group through place circles and pathway walks is imaginative and grounded.",
          ],
          Ambition: [
            4,
            "Good commitment from all four councils and the mayoral combined authority.",
          ],
          Scale: [
            4,
            "Large differences in healthy life expectancy within and between four places make this a demanding footprint.",
          ],
        },
      },
    ],
  },
  {
    ics: "QOQ",
    title: "Humber and North Yorkshire non-executive network",
    answers: {
      FUNCTION_AND_MODEL:
        "A network for non-executives across the Humber and North Yorkshire ICS that meets quarterly to " +
        "discuss the ICS's plans and share good practice.",
      EXISTING_NETWORK:
        "Non-executives meet within their own organisations and at the ICB's annual stakeholder event. There " +
        "is interest in a network, but no group has been formed yet.",
      INNOVATION:
        "The network will use a newsletter and an online discussion forum to keep members in touch between " +
        "meetings.",
      AMBITION:
        "We hope to involve local authorities and the voluntary sector as the network develops, and will " +
        "discuss this with them once the network is established.",
      SCALE:
        "1.7 million people across a large area with coastal, rural and urban communities, six local " +
        "authorities and many NHS organisations.",
      CROSS_FOOTPRINT_TRUSTS:
        "Yorkshire Ambulance Service covers the whole of Yorkshire; we will invite its NEDs.",
      OUTCOMES_AND_LEARNING:
        "A network established with regular meetings, and learning shared in a report at the end of the pilot.",
      TIMELINE:
        "Recruit a coordinator early in 2027, hold the first meeting in the spring and evaluate the pilot in 2028.",
    },
    partners: [
      ["Hull University Teaching Hospitals NHS Trust", TRUST],
      ["York and Scarborough Teaching Hospitals NHS Foundation Trust", TRUST],
    ],
    budget: [
      ["Network coordinator (0.6 WTE, 12 months)", 28_000],
      ["Newsletter and online forum", 8_500],
      ["Meetings", 7_000],
      ["Evaluation", 5_500],
    ],
    startedAt: "2026-08-10T10:40",
    submittedAt: "2026-09-30T10:58",
    reviews: [
      { assessor: "assessor", state: "NOT_STARTED" },
      {
        assessor: "assessor3",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-11-04T10:15",
        submittedAt: "2026-11-05T14:30",
        marks: {
          Innovation: [
            2,
            "A newsletter and an online forum are useful but not innovative, and the bid does not say how they would change how non-executives engage.",
          ],
          Ambition: [
            2,
            "Local authorities and the voluntary sector are only a hope for later; no partner has committed.",
          ],
          Scale: [
            3,
            "A large and varied footprint with coastal, rural and urban communities, though the bid says little about the non-executives involved.",
          ],
        },
      },
      {
        assessor: "assessor4",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-11-09T09:20",
        submittedAt: "2026-11-09T11:05",
        marks: {
          Innovation: [
            1,
            "No new approach is proposed; a newsletter and a discussion forum are standard communications tools.",
          ],
          Ambition: [
            1,
            "There are no commitments from councils, the voluntary sector or the public, and no plan to secure them.",
          ],
          Scale: [
            2,
            "The area is large, but the bid gives no evidence about current engagement or the organisations involved.",
          ],
        },
      },
    ],
  },
  {
    ics: "QOP",
    title: "Greater Manchester: a digital-first non-executive network for ten localities",
    answers: {
      FUNCTION_AND_MODEL:
        "A network of the non-executives of the ICB, ten trusts and ten councils, run mainly online through a " +
        "platform for papers, discussion and polls, with two assemblies a year in person. It will give the ICB " +
        "board an independent non-executive view on every item of system-wide significance.",
      EXISTING_NETWORK:
        "Greater Manchester's health and social care partnership had a lay and non-executive forum from 2016, " +
        "which lapsed in 2022. Its former members want to restart it with councillors as equal members.",
      INNOVATION:
        "A secure online platform where non-executives comment on ICB board papers before each meeting, and " +
        "the ICB publishes its response to the themes raised. We will also run anonymous 'pulse' polls of " +
        "members to test how engaged they feel.",
      AMBITION:
        "All ten councils have agreed to nominate a member, and the voluntary sector infrastructure body and " +
        "Healthwatch in each locality will each have a seat. The network aims to become a formal consultee of " +
        "the integrated care partnership.",
      SCALE:
        "2.8 million people, ten localities, ten trusts and ten councils: about 300 non-executives and " +
        "councillors with a health role, most of whom have never met.",
      CROSS_FOOTPRINT_TRUSTS:
        "North West Ambulance Service and The Christie serve patients far beyond Greater Manchester; their NEDs " +
        "will be members and a link to the Cheshire and Merseyside and Lancashire networks.",
      OUTCOMES_AND_LEARNING:
        "A recorded non-executive view on every ICB board paper of system significance, two pulse surveys, a " +
        "platform configuration other systems can reuse, and an evaluation by a local university.",
      TIMELINE:
        "January 2027: platform procured. March: launch assembly. April: comments on board papers begin. " +
        "October: second assembly. March 2028: evaluation.",
    },
    partners: [
      ["Manchester University NHS Foundation Trust", TRUST],
      ["Northern Care Alliance NHS Foundation Trust", TRUST],
      ["Greater Manchester Mental Health NHS Foundation Trust", TRUST],
    ],
    budget: [
      ["Network manager (0.6 WTE, 15 months)", 36_000],
      ["Online platform: licence, set-up and accessibility", 22_000],
      ["Two assemblies", 9_500],
      ["Locality engagement grants", 8_000],
      ["University evaluation", 9_000],
    ],
    startedAt: "2026-06-02T09:30",
    submittedAt: "2026-09-16T17:20",
    reviews: [
      {
        assessor: "assessor",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-06T14:00",
        submittedAt: "2026-10-07T17:10",
        marks: {
          Innovation: [
            5,
            "Structured comment on every ICB board paper with a published response, and pulse polls of members, are well designed, and the platform configuration will be reusable.",
          ],
          Ambition: [
            4,
            "Ten councils and Healthwatch and voluntary sector bodies in every locality, aiming to become a formal consultee; only the platform's cost gives pause.",
          ],
          Scale: [
            5,
            "2.8 million people, ten localities, ten trusts and around 300 non-executives who have never met: a very large and complex challenge.",
          ],
        },
      },
      {
        assessor: "assessor2",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-21T09:40",
        submittedAt: "2026-10-22T16:05",
        marks: {
          Innovation: [
            4,
            "The platform and published responses are strong, though similar tools exist and the bid should show how members stay engaged between assemblies.",
          ],
          Ambition: [
            4,
            "Strong local government and voluntary sector commitment in all ten localities.",
          ],
          Scale: [
            5,
            "One of the largest systems in England, with a partnership forum that lapsed in 2022; the case is compelling.",
          ],
        },
      },
      {
        assessor: "assessor5",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-07T11:15",
        submittedAt: "2026-10-07T15:45",
        marks: {
          Innovation: [
            5,
            "Giving every non-executive a structured say on board papers is a step change in how a network can work, and sharing the configuration multiplies the benefit.",
          ],
          Ambition: [
            5,
            "Aiming to be a formal consultee of the integrated care partnership, with all ten councils behind it, is exactly the ambition the round is looking for.",
          ],
          Scale: [
            4,
            "A huge system, though Greater Manchester's history of joint working makes the challenge less daunting than elsewhere.",
          ],
        },
      },
    ],
  },
  {
    ics: "QKK",
    title: "South East London: reverse mentoring with young people in six boroughs",
    answers: {
      FUNCTION_AND_MODEL:
        "A network for the non-executives of the ICB, five trusts and the six borough partnerships, meeting " +
        "every two months around the ICS's priorities. One member attends the integrated care partnership as " +
        "an observer.",
      EXISTING_NETWORK:
        "Each of the six borough-based boards has lay and independent members, but they have never met as a " +
        "group. The network would give them a shared forum for the first time.",
      INNOVATION:
        "Reverse mentoring: each non-executive is paired with a young person from a borough youth council, who " +
        "joins them for one board meeting and one network meeting and gives feedback on how decisions are " +
        "explained.",
      AMBITION:
        "All six boroughs' cabinet members for health will be invited, with the youth councils and Healthwatch " +
        "as partners. Meetings will move around community venues in every borough.",
      SCALE:
        "1.9 million people in six boroughs, with some of London's most deprived and most affluent " +
        "neighbourhoods side by side, five trusts including two large teaching hospitals, and a highly mobile " +
        "population.",
      CROSS_FOOTPRINT_TRUSTS:
        "London Ambulance Service and South London and Maudsley serve several ICSs; we will agree joint " +
        "membership with the South West London network.",
      OUTCOMES_AND_LEARNING:
        "Members from every borough meeting regularly, 30 mentoring pairs, young people's feedback published " +
        "each year, and an evaluation of whether board papers became clearer.",
      TIMELINE:
        "February 2027: coordinator in post and youth council agreements. April: first meeting. June: " +
        "mentoring pairs begin. February 2028: evaluation.",
    },
    partners: [
      ["Guy's and St Thomas' NHS Foundation Trust", TRUST],
      ["King's College Hospital NHS Foundation Trust", TRUST],
      ["Lewisham and Greenwich NHS Trust", TRUST],
    ],
    budget: [
      ["Network coordinator (0.5 WTE, 15 months)", 28_000],
      ["Reverse mentoring programme", 14_500],
      ["Community venues and access costs", 9_500],
      ["Evaluation", 9_000],
    ],
    startedAt: "2026-07-13T15:00",
    submittedAt: "2026-09-28T14:05",
    reviews: [
      {
        assessor: "assessor3",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-11-19T15:30",
        // After the due date of 20 November: the ranking counts it as late.
        submittedAt: "2026-11-23T09:40",
        marks: {
          Innovation: [
            4,
            "Reverse mentoring with young people from the youth councils is an original way to test how clearly boards explain their decisions.",
          ],
          Ambition: [
            3,
            "All six boroughs are invited and meetings move between community venues, but councillors' commitment is not yet confirmed.",
          ],
          Scale: [
            4,
            "Six boroughs with stark contrasts between neighbourhoods, five trusts and a mobile population; the borough boards' members have never met.",
          ],
        },
      },
      {
        assessor: "assessor4",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-11-12T10:00",
        submittedAt: "2026-11-13T15:35",
        marks: {
          Innovation: [
            3,
            "Reverse mentoring is interesting, but the bid does not explain how it leads to better system assurance.",
          ],
          Ambition: [
            3,
            "Youth councils and Healthwatch are good partners, though the boroughs have only been invited, not committed.",
          ],
          Scale: [
            3,
            "A large population, but several of the trusts already work closely together, which reduces the challenge.",
          ],
        },
      },
      {
        assessor: "assessor5",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-27T13:20",
        submittedAt: "2026-10-27T17:00",
        marks: {
          Innovation: [
            5,
            "Reverse mentoring by young people is a distinctive idea that other networks will want to learn from.",
          ],
          Ambition: [
            4,
            "Youth councils, Healthwatch and six boroughs: broad reach beyond NHS boards.",
          ],
          Scale: [
            4,
            "Some of London's most deprived and most affluent neighbourhoods side by side, with five trusts including two large teaching hospitals.",
          ],
        },
      },
    ],
  },
  {
    ics: "QRV",
    title: "North West London: an AI-assisted digest for non-executives",
    answers: {
      FUNCTION_AND_MODEL:
        "A network of the non-executives of the ICB and the footprint's trusts, working mainly online through " +
        "a shared workspace. A steering group of five sets priorities with the ICB chair.",
      EXISTING_NETWORK:
        "There is no network. Some trusts already share NEDs through group models, which gives a starting " +
        "point for joint working.",
      INNOVATION:
        "An AI-assisted digest that summarises each month's board papers across all the trusts and the ICB, so " +
        "that non-executives can see system issues across organisations in one place. The coordinator checks " +
        "each digest before it is circulated.",
      AMBITION:
        "The network starts with the NHS boards and will invite the eight boroughs once the digest is " +
        "established. Public involvement is planned for a later phase.",
      SCALE:
        "2.1 million people, eight boroughs and a large number of trusts, including several of the country's " +
        "largest hospitals.",
      CROSS_FOOTPRINT_TRUSTS:
        "London Ambulance Service and Central London Community Healthcare serve several ICSs; their NEDs will " +
        "be invited.",
      OUTCOMES_AND_LEARNING:
        "A monthly digest read by most members, user surveys at six and twelve months, and a report on the " +
        "use of AI summaries in non-executive work.",
      TIMELINE:
        "January 2027: procurement. April: digest pilot with three trusts. September: full network. March " +
        "2028: evaluation.",
    },
    partners: [
      ["Imperial College Healthcare NHS Trust", TRUST],
      ["London North West University Healthcare NHS Trust", TRUST],
    ],
    budget: [
      ["Digest development and licences", 33_000],
      ["Network coordinator (0.4 WTE, 12 months)", 19_500],
      ["Information governance and data protection review", 8_500],
      ["Evaluation", 10_000],
    ],
    startedAt: "2026-07-20T11:25",
    submittedAt: "2026-09-29T09:47",
    reviews: [
      {
        assessor: "assessor2",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-11-18T10:00",
        // After the due date of 20 November: the ranking counts it as late.
        submittedAt: "2026-11-21T10:15",
        marks: {
          Innovation: [
            3,
            "AI digests of board papers could be useful, but the bid does not explain how accuracy and information governance are assured beyond a coordinator's check.",
          ],
          Ambition: [
            2,
            "The network starts with NHS boards only; boroughs and the public are deferred to a later phase with no dates.",
          ],
          Scale: [
            4,
            "Eight boroughs and many trusts, including several very large hospitals, serving 2.1 million people.",
          ],
        },
      },
      {
        assessor: "assessor4",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-29T09:30",
        submittedAt: "2026-10-30T10:40",
        marks: {
          Innovation: [
            2,
            "The digest is a technology project rather than a way of building a network, and untested AI summaries of board papers carry real risk.",
          ],
          Ambition: [
            1,
            "No councils, voluntary sector or public involvement during the pilot; the criterion is barely addressed.",
          ],
          Scale: [
            3,
            "A large footprint, but the bid gives no evidence of how engaged its non-executives are today.",
          ],
        },
      },
      {
        assessor: "assessor5",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-11-03T14:00",
        submittedAt: "2026-11-03T16:50",
        marks: {
          Innovation: [
            5,
            "Using AI to give non-executives one view across every trust's papers is pioneering, and the report on AI in non-executive work would be valuable nationally.",
          ],
          Ambition: [
            4,
            "Starting with the NHS boards and then adding the boroughs is a sensible way to build a network of this size.",
          ],
          Scale: [4, "A very large and complex system of eight boroughs and many trusts."],
        },
      },
    ],
  },
  {
    ics: "QT6",
    title: "Cornwall and the Isles of Scilly: non-executives who adopt a remote community",
    answers: {
      FUNCTION_AND_MODEL:
        "One network for the non-executives of the ICB, the three trusts and both councils, meeting online " +
        "every month and in person twice a year, once on the Isles of Scilly. It will give the ICB board a " +
        "non-executive view on access to services for remote communities.",
      EXISTING_NETWORK:
        "The council's health scrutiny committee and the trusts' NEDs meet once a year. There is no standing " +
        "network, and members from the Isles of Scilly can rarely attend anything on the mainland.",
      INNOVATION:
        "Each member 'adopts' a remote community (an off-island, a West Cornwall parish, a Bodmin Moor village) " +
        "and reports every quarter on how system decisions land there, using short video diaries recorded " +
        "with residents.",
      AMBITION:
        "Both councils and all three trusts are founding partners, and Cornwall's voluntary sector forum will " +
        "nominate members. Town and parish councils are invited to the in-person meetings.",
      SCALE:
        "About 570,000 residents, a population that swells each summer, some of the longest journeys to acute " +
        "care in England, and an island council with its own health and care arrangements.",
      CROSS_FOOTPRINT_TRUSTS:
        "South Western Ambulance Service covers the whole South West; we will share what we learn about " +
        "remote participation with the Devon and Somerset networks.",
      OUTCOMES_AND_LEARNING:
        "Quarterly community reports to the ICB board, a published guide to running an inclusive network over " +
        "long distances, and an evaluation of members' engagement before and after.",
      TIMELINE:
        "January 2027: coordinator in post. February: first online meeting. May: first in-person meeting, on " +
        "St Mary's. November: second. March 2028: guide published.",
    },
    partners: [
      ["Cornwall Council", LA],
      ["Council of the Isles of Scilly", LA],
      ["Royal Cornwall Hospitals NHS Trust", TRUST],
    ],
    budget: [
      ["Network coordinator (0.3 WTE, 12 months)", 14_500],
      ["Travel, including crossings to the Isles of Scilly", 8_500],
      ["Video diaries and community sessions", 7_500],
      ["Evaluation and guide", 6_000],
    ],
    startedAt: "2026-06-10T10:00",
    submittedAt: "2026-09-22T13:35",
    reviews: [
      {
        assessor: "assessor",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-28T09:15",
        submittedAt: "2026-10-29T14:25",
        marks: {
          Innovation: [
            5,
            "Adopting a remote community and reporting through residents' video diaries is original and speaks directly to the footprint's challenge of distance.",
          ],
          Ambition: [
            4,
            "Both councils and all three trusts are founding partners and parish councils are invited; the public is built into the model.",
          ],
          Scale: [
            3,
            "Distance and the islands make the challenge distinctive, but with about 570,000 residents and three trusts the system is small.",
          ],
        },
      },
      {
        assessor: "assessor3",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-11-10T10:45",
        submittedAt: "2026-11-11T12:00",
        marks: {
          Innovation: [
            4,
            "Adopted communities and video diaries are a creative way to keep remote places in view, though how they will be evaluated is thin.",
          ],
          Ambition: [
            4,
            "Good involvement of both councils, the voluntary sector forum and parish councils.",
          ],
          Scale: [
            3,
            "A small population with real access problems; holding a meeting on St Mary's shows the bid understands them.",
          ],
        },
      },
      {
        assessor: "assessor5",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-10-21T10:00",
        submittedAt: "2026-10-21T13:30",
        marks: {
          Innovation: [
            5,
            "Video diaries from adopted communities are a wonderful way to connect non-executives with the places they serve.",
          ],
          Ambition: [
            5,
            "Councils, trusts, the voluntary sector and parish councils all involved from the start: outstanding reach.",
          ],
          Scale: [
            4,
            "Remote islands, a summer population surge and long journeys to acute care make this a demanding footprint.",
          ],
        },
      },
    ],
  },
  {
    ics: "QKS",
    title: "Kent and Medway: an assurance map for the whole system",
    answers: {
      FUNCTION_AND_MODEL:
        "A network aligned to the four health and care partnerships (East Kent, West Kent, Dartford Gravesham " +
        "and Swanley, Medway and Swale), each with a non-executive lead, and a quarterly meeting of all members.",
      EXISTING_NETWORK:
        "The trust chairs meet monthly and the ICB has a non-executive committee, but the two groups do not " +
        "meet each other and councillors are not involved.",
      INNOVATION:
        "A shared 'assurance map' showing which board or committee oversees each ICS priority, kept up to date " +
        "by the network, so that gaps and duplication are visible to every non-executive.",
      AMBITION:
        "Kent County Council and Medway Council will each nominate members, and the network will hold an " +
        "annual joint session with the health overview and scrutiny committees.",
      SCALE:
        "1.9 million people, seven trusts, two upper-tier councils and twelve district councils, with coastal " +
        "towns among the most deprived places in the South East.",
      CROSS_FOOTPRINT_TRUSTS:
        "South East Coast Ambulance Service and Oxleas serve neighbouring ICSs; we will agree joint membership " +
        "with the Sussex and South East London networks.",
      OUTCOMES_AND_LEARNING:
        "An assurance map published and kept current, non-executive leads in all four partnerships, and an " +
        "evaluation of whether the map reduced duplication.",
      TIMELINE:
        "February 2027: coordinator in post. April: partnership leads appointed. July: first assurance map, " +
        "updated quarterly. March 2028: evaluation.",
    },
    partners: [
      ["Kent Community Health NHS Foundation Trust", TRUST],
      ["Medway NHS Foundation Trust", TRUST],
      ["Kent and Medway Mental Health NHS Trust", TRUST],
    ],
    budget: [
      ["Network coordinator (0.5 WTE, 15 months)", 27_000],
      ["Assurance map development", 12_000],
      ["Partnership meetings", 9_500],
      ["Evaluation", 9_500],
    ],
    startedAt: "2026-07-01T16:45",
    submittedAt: "2026-09-30T09:20",
    reviews: [
      {
        assessor: "assessor2",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-11-05T09:15",
        submittedAt: "2026-11-06T11:40",
        marks: {
          Innovation: [
            3,
            "An assurance map of which board oversees each priority is useful and transferable, though it is a governance tool more than a way of building a network.",
          ],
          Ambition: [
            3,
            "Both councils nominate members and there is an annual session with scrutiny committees; the public is not directly involved.",
          ],
          Scale: [
            4,
            "Seven trusts, fourteen councils and 1.9 million people, with deprived coastal towns: a large and complex footprint.",
          ],
        },
      },
      { assessor: "assessor3", state: "NOT_STARTED" },
      {
        assessor: "assessor4",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-11-16T13:00",
        submittedAt: "2026-11-17T10:25",
        marks: {
          Innovation: [
            2,
            "Assurance mapping is established practice in audit committees; the bid does not show what is new in applying it to the system.",
          ],
          Ambition: [
            2,
            "Council involvement is limited to nominations and an annual session; there is no voluntary sector or public role.",
          ],
          Scale: [
            3,
            "A big footprint, although the four health and care partnerships already give it a working structure.",
          ],
        },
      },
    ],
  },
  {
    ics: "QJG",
    title: "Suffolk and North East Essex: starting a network with buddies",
    answers: {
      FUNCTION_AND_MODEL:
        "A network of the ICB's non-executives, the NEDs of the acute, community and mental health providers " +
        "and councillors from Suffolk and Essex, meeting quarterly.",
      EXISTING_NETWORK:
        "There is no network. Non-executives from different organisations meet only at the ICB's annual " +
        "conference.",
      INNOVATION:
        "A buddy scheme pairing new NEDs with experienced lay members from the former CCGs, and a shared " +
        "calendar of board meetings that any member may observe.",
      AMBITION:
        "Suffolk County Council and Essex County Council will be invited to nominate members, and Healthwatch " +
        "Suffolk and Healthwatch Essex would join in the second year.",
      SCALE:
        "About a million people across a rural county and north east Essex, with an older population than " +
        "average and growing demand on community services.",
      CROSS_FOOTPRINT_TRUSTS:
        "East of England Ambulance Service serves six ICSs; its NEDs will be invited.",
      OUTCOMES_AND_LEARNING:
        "A network meeting every quarter with members from every organisation, 15 buddy pairs, and a short " +
        "report on what helped a new network get started.",
      TIMELINE: "February 2027: first meeting. April: buddy pairs begin. December 2027: review.",
    },
    partners: [
      ["East Suffolk and North Essex NHS Foundation Trust", TRUST],
      ["West Suffolk NHS Foundation Trust", TRUST],
    ],
    budget: [
      ["Network coordinator (0.3 WTE, 12 months)", 14_000],
      ["Meetings and observer visits", 7_500],
      ["Buddy scheme training", 5_000],
      ["Evaluation", 5_500],
    ],
    startedAt: "2026-08-03T12:00",
    submittedAt: "2026-09-26T11:15",
    reviews: [
      {
        assessor: "assessor",
        state: ReviewState.DRAFT,
        startedAt: "2026-11-18T14:20",
        savedAt: "2026-11-19T16:05",
        marks: {
          Innovation: [
            3,
            "Buddying new NEDs with experienced lay members is practical; the shared calendar of board meetings is useful but not new.",
          ],
        },
      },
      {
        assessor: "assessor2",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-11-11T14:30",
        submittedAt: "2026-11-12T09:55",
        marks: {
          Innovation: [
            3,
            "A buddy scheme for new NEDs and open board observation are sensible, low-cost ideas, though neither is new.",
          ],
          Ambition: [
            2,
            "The councils are only to be invited and Healthwatch joins in year two; the plan does not yet reach far beyond NHS boards.",
          ],
          Scale: [
            3,
            "A rural county and north east Essex with an older population: a real challenge, described only briefly.",
          ],
        },
      },
      {
        assessor: "assessor3",
        state: ReviewState.SUBMITTED,
        startedAt: "2026-11-16T10:30",
        submittedAt: "2026-11-18T15:20",
        marks: {
          Innovation: [
            3,
            "The buddy scheme draws usefully on former CCG lay members' experience, but the approach is familiar.",
          ],
          Ambition: [
            3,
            "Inviting both county councils is a credible start, and Healthwatch involvement is planned for year two.",
          ],
          Scale: [
            3,
            "About a million people across a rural county with rising demand on community services: a moderate challenge.",
          ],
        },
      },
    ],
  },
];

// ---------------------------------------------------------------------------
// The plan, built in memory
// ---------------------------------------------------------------------------

type WaveOneReview = {
  id: string;
  assessorEmail: string;
  state: ReviewState;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  marks: Partial<Record<CriterionName, Mark>>;
};

type WaveOneAssignment = {
  id: string;
  assessorEmail: string;
  review: WaveOneReview | null;
};

type WaveOneBid = {
  id: string;
  footprintKey: string;
  leadEmail: string;
  title: string;
  amountRequestedPence: number;
  createdAt: Date;
  submittedAt: Date;
  sections: Array<{ key: BidSectionKey; body: string }>;
  partners: Array<{ orgKey: string; role: string }>;
  budgetLines: Array<{ description: string; amountPence: number }>;
  assignments: WaveOneAssignment[];
  conflicts: Array<{ id: string; assessorEmail: string; type: ConflictType; reason: string }>;
};

export type WaveOnePlan = {
  /** People and users this round adds: its two new assessors and the bid leads not seeded already. */
  people: PersonSeed[];
  users: UserSeed[];
  bids: WaveOneBid[];
};

function assessorEmail(key: AssessorKey): string {
  return `${key}@example.org`;
}

/**
 * Plans the round from the rest of the seed's plan: its new assessors, a lead for each bid (the
 * footprint's existing demo member, else the first eligible person there), the conflicts between
 * its assessors and bids, found by the portal's own rules, and every row with its fixed id.
 */
export function planWaveOne({
  ref,
  people,
  users,
}: {
  ref: ReferenceData;
  people: PeoplePlan;
  users: UserSeed[];
}): WaveOnePlan {
  const criteria = CRITERIA.map((criterion) => criterion.name);
  if (criteria.join() !== CRITERION_NAMES.join()) {
    throw new Error(
      `The wave one reviews score ${CRITERION_NAMES.join(", ")}, not ${criteria.join(", ")}`,
    );
  }
  const newPeople: PersonSeed[] = [];
  const newUsers: UserSeed[] = [];
  const usedNames = new Set(people.people.map((p) => `${p.givenName} ${p.familyName}`));
  for (const [index, assessor] of NEW_ASSESSORS.entries()) {
    const name = `${assessor.givenName} ${assessor.familyName}`;
    if (usedNames.has(name)) throw new Error(`Seed person ${name} already exists`);
    const number = index + 4;
    const person: PersonSeed = {
      id: `seed-person-staff-assessor-${number}`,
      givenName: assessor.givenName,
      familyName: assessor.familyName,
      homeIcs: null,
      email: null,
      phone: null,
      bio: assessor.bio,
      contactPreference: "EMAIL",
      emailVisibility: "PRIVATE",
      phoneVisibility: "PRIVATE",
      skills: [],
      sectors: ["NHS"],
      appointments: [],
      declarations: [],
    };
    newPeople.push(person);
    newUsers.push({
      id: `seed-user-staff-assessor-${number}`,
      email: assessorEmail(assessor.key),
      personId: person.id,
      name,
      roles: [{ role: Role.ASSESSOR, footprintKey: null }],
    });
  }

  const linkSet = new Set(ref.links.map((link) => `${link.orgKey}|${link.footprintKey}`));
  const usersByEmail = new Map(users.map((user) => [user.email, user]));
  const taken = new Set(users.map((user) => user.personId));
  const leadOf = (ics: string, footprintKey: string, slug: string): string => {
    const email = `member.${slug}@example.org`;
    if (usersByEmail.has(email)) return email;
    const person = requireValue(
      (people.byIcs.get(ics) ?? []).find(
        (p) => !taken.has(p.id) && isEligibleIn(p, footprintKey, linkSet),
      ),
      `an eligible person in ${ics}`,
    );
    taken.add(person.id);
    newUsers.push({
      id: `seed-user-member-${slug}`,
      email,
      personId: person.id,
      name: `${person.givenName} ${person.familyName}`,
      roles: [{ role: Role.MEMBER, footprintKey: null }],
    });
    return email;
  };

  // The round's assessors as conflict detection sees them: their appointments and declarations.
  const allPeople = new Map([...people.people, ...newPeople].map((p) => [p.id, p]));
  const organisationName = (key: string) =>
    requireValue(ref.organisationByKey.get(key), `organisation ${key}`).name;
  const assessorKeys: AssessorKey[] = [
    "assessor",
    "assessor2",
    "assessor3",
    "assessor4",
    "assessor5",
  ];
  const assessorRecords = assessorKeys.map((key): [AssessorKey, AssessorRecord] => {
    const email = assessorEmail(key);
    const user = requireValue(
      usersByEmail.get(email) ?? newUsers.find((u) => u.email === email),
      `user ${email}`,
    );
    const person = requireValue(allPeople.get(user.personId), `person ${user.personId}`);
    return [
      key,
      {
        assessorId: email,
        appointments: person.appointments.map((a) => ({
          organisationId: a.orgKey,
          organisationName: organisationName(a.orgKey),
          role: a.role,
          title: a.title,
          startsOn: a.startsOn,
          endsOn: a.endsOn,
        })),
        declarations: person.declarations.map((d) => ({
          organisationId: d.orgKey,
          organisationName: d.orgKey ? organisationName(d.orgKey) : null,
          partyName: d.partyName,
          description: d.description,
        })),
      },
    ];
  });

  const organisationByName = new Map(ref.organisations.map((o) => [o.name, o.key]));
  const bids = BID_SPECS.map((spec): WaveOneBid => {
    const footprint = requireValue(ref.footprintByKey.get(icsKey(spec.ics)), `ICS ${spec.ics}`);
    const id = `seed-bid-${WAVE_ONE_SLUG}-${spec.ics.toLowerCase()}`;
    const partners = spec.partners.map(([name, role]) => {
      const orgKey = requireValue(organisationByName.get(name), `organisation ${name}`);
      if (!linkSet.has(`${orgKey}|${footprint.key}`)) {
        throw new Error(`Partner ${name} is not in ${footprint.name}`);
      }
      return { orgKey, role };
    });
    const budgetLines = spec.budget.map(([description, pounds]) => ({
      description,
      amountPence: pounds * 100,
    }));

    const conflictBid = {
      bidId: id,
      footprintName: footprint.name,
      footprintOrganisations: new Map(
        ref.links
          .filter((link) => link.footprintKey === footprint.key)
          .map((link) => [link.orgKey, organisationName(link.orgKey)]),
      ),
      partners: partners.map((p) => ({
        organisationId: p.orgKey,
        name: organisationName(p.orgKey),
      })),
    };
    const conflicts = assessorRecords.flatMap(([key, record]) =>
      findConflicts({ assessor: record, bid: conflictBid }).map((conflict) => ({
        id: `${id.replace("seed-bid", "seed-conflict")}-${key}-${slugify(conflict.type)}`,
        assessorEmail: assessorEmail(key),
        ...conflict,
      })),
    );

    if (spec.reviews.length !== ROUND.assessorsPerBid) {
      throw new Error(
        `Bid ${id} has ${spec.reviews.length} assessors, not ${ROUND.assessorsPerBid}`,
      );
    }
    const assignments = spec.reviews.map((review): WaveOneAssignment => {
      const email = assessorEmail(review.assessor);
      // DESIGN.md, "Conflict of interest": a conflicted assessor is never assigned to the bid.
      if (conflicts.some((c) => c.assessorEmail === email)) {
        throw new Error(`${email} is conflicted with ${id} and must not be assigned to it`);
      }
      const suffix = `${spec.ics.toLowerCase()}-${review.assessor}`;
      if (review.state === "NOT_STARTED") {
        return {
          id: `seed-review-assignment-${WAVE_ONE_SLUG}-${suffix}`,
          assessorEmail: email,
          review: null,
        };
      }
      const submitted = review.state === ReviewState.SUBMITTED;
      const lastSaved = londonTime(submitted ? review.submittedAt : review.savedAt);
      return {
        id: `seed-review-assignment-${WAVE_ONE_SLUG}-${suffix}`,
        assessorEmail: email,
        review: {
          id: `seed-review-${WAVE_ONE_SLUG}-${suffix}`,
          assessorEmail: email,
          state: review.state,
          createdAt: londonTime(review.startedAt),
          updatedAt: lastSaved,
          submittedAt: submitted ? lastSaved : null,
          marks: review.marks,
        },
      };
    });

    return {
      id,
      footprintKey: footprint.key,
      leadEmail: leadOf(spec.ics, footprint.key, slugify(footprint.name)),
      title: spec.title,
      amountRequestedPence: budgetLines.reduce((sum, line) => sum + line.amountPence, 0),
      createdAt: londonTime(spec.startedAt),
      submittedAt: londonTime(spec.submittedAt),
      sections: Object.values(BidSectionKey).map((key) => ({ key, body: spec.answers[key] })),
      partners,
      budgetLines,
      assignments,
      conflicts,
    };
  });

  return { people: newPeople, users: newUsers, bids };
}

// ---------------------------------------------------------------------------
// Writing to the database
// ---------------------------------------------------------------------------

/** Writes the round and everything in it: rounds, bids and reviews already there are left alone. */
export async function writeWaveOne(db: Db, plan: WaveOnePlan, ids: Ids): Promise<void> {
  const userId = (email: string) => idOf(ids.users, email, "user");
  const adminId = userId("admin@example.org");

  await db.fundingRound.createMany({
    data: [
      {
        id: `seed-round-${WAVE_ONE_SLUG}`,
        slug: WAVE_ONE_SLUG,
        title: ROUND.title,
        description: ROUND.description,
        eligibility: ROUND.eligibility,
        opensAt: londonTime(ROUND.opensAt),
        closesAt: londonTime(ROUND.closesAt),
        budgetPence: ROUND.budgetPence,
        pilotPlaces: ROUND.pilotPlaces,
        assessorsPerBid: ROUND.assessorsPerBid,
        disagreementThreshold: ROUND.disagreementThreshold,
        state: RoundState.IN_ASSESSMENT,
      },
    ],
    skipDuplicates: true,
  });
  const round = requireValue(
    await db.fundingRound.findUnique({ where: { slug: WAVE_ONE_SLUG }, select: { id: true } }),
    `funding round ${WAVE_ONE_SLUG}`,
  );
  await writeCriteriaAndScale(db, { roundId: round.id, slug: WAVE_ONE_SLUG });
  // Scores refer to the criteria by the ids they have, which are ours unless the round was there first.
  const criterionIds = new Map(
    (
      await db.criterion.findMany({
        where: { roundId: round.id },
        select: { id: true, name: true },
      })
    ).map((row) => [row.name, row.id]),
  );

  const insertedBids = await insertMissing({
    rows: plan.bids.map((b) => ({
      id: b.id,
      roundId: round.id,
      footprintId: idOf(ids.footprints, b.footprintKey, "footprint"),
      leadUserId: userId(b.leadEmail),
      title: b.title,
      state: BidState.SUBMITTED,
      amountRequestedPence: b.amountRequestedPence,
      declarationAccepted: true,
      createdAt: b.createdAt,
      updatedAt: b.submittedAt,
      submittedAt: b.submittedAt,
    })),
    load: (bidIds) => db.bid.findMany({ where: { id: { in: bidIds } }, select: { id: true } }),
    createMany: (data) => db.bid.createMany({ data, skipDuplicates: true }),
  });
  const bids = plan.bids.filter((b) => insertedBids.has(b.id));
  await db.bidSection.createMany({
    data: bids.flatMap((b) =>
      b.sections.map((section) => ({
        id: `${b.id}-${section.key.toLowerCase().replace(/_/g, "-")}`,
        bidId: b.id,
        key: section.key,
        body: section.body,
        updatedAt: b.submittedAt,
        updatedById: userId(b.leadEmail),
      })),
    ),
    skipDuplicates: true,
  });
  await db.bidPartner.createMany({
    data: bids.flatMap((b) =>
      b.partners.map((p) => ({
        bidId: b.id,
        organisationId: idOf(ids.organisations, p.orgKey, "organisation"),
        role: p.role,
      })),
    ),
    skipDuplicates: true,
  });
  await db.budgetLine.createMany({
    data: bids.flatMap((b) =>
      b.budgetLines.map((line, position) => ({
        id: `${b.id}-budget-${position + 1}`,
        bidId: b.id,
        ...line,
        position,
      })),
    ),
    skipDuplicates: true,
  });

  // The programme admin recorded the conflicts just before assigning, so the plan avoided them.
  const assignedAt = londonTime(ASSIGNED_AT);
  const dueAt = londonTime(DUE_AT);
  await db.conflict.createMany({
    data: bids.flatMap((b) =>
      b.conflicts.map((c) => ({
        id: c.id,
        bidId: b.id,
        assessorId: userId(c.assessorEmail),
        type: c.type,
        reason: c.reason,
        createdAt: new Date(assignedAt.getTime() - 60_000),
        createdById: adminId,
      })),
    ),
    skipDuplicates: true,
  });

  const assignments = bids.flatMap((b) => b.assignments.map((a) => ({ ...a, bidId: b.id })));
  const insertedAssignments = await insertMissing({
    rows: assignments.map((a) => ({
      id: a.id,
      bidId: a.bidId,
      assessorId: userId(a.assessorEmail),
      assignedById: adminId,
      assignedAt,
      dueAt,
    })),
    load: (assignmentIds) =>
      db.reviewAssignment.findMany({ where: { id: { in: assignmentIds } }, select: { id: true } }),
    createMany: (data) => db.reviewAssignment.createMany({ data, skipDuplicates: true }),
  });
  const written = assignments.filter((a) => insertedAssignments.has(a.id));
  await db.auditEvent.createMany({
    data: written.map((a) => ({
      id: `seed-audit-review-assigned-${a.id.replace("seed-review-assignment-", "")}`,
      actorId: adminId,
      action: "review.assigned",
      entityType: "ReviewAssignment",
      entityId: a.id,
      after: {
        bidId: a.bidId,
        assessorId: userId(a.assessorEmail),
        dueAt: dueAt.toISOString(),
      },
      createdAt: assignedAt,
    })),
    skipDuplicates: true,
  });

  const reviews = written.flatMap((a) => (a.review ? [{ ...a.review, assignment: a }] : []));
  const insertedReviews = await insertMissing({
    rows: reviews.map((r) => ({
      id: r.id,
      assignmentId: r.assignment.id,
      bidId: r.assignment.bidId,
      roundId: round.id,
      assessorId: userId(r.assessorEmail),
      state: r.state,
      // What the assessor has typed so far; a submitted review's scores are in CriterionScore.
      draft:
        r.state === ReviewState.DRAFT
          ? {
              scores: Object.fromEntries(
                CRITERION_NAMES.map((name) => {
                  const mark = r.marks[name];
                  return [
                    idOf(criterionIds, name, "criterion"),
                    { score: mark?.[0] ?? null, rationale: mark?.[1] ?? "" },
                  ];
                }),
              ),
            }
          : undefined,
      submittedAt: r.submittedAt,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      version: r.state === ReviewState.SUBMITTED ? 2 : 1,
    })),
    load: (reviewIds) =>
      db.review.findMany({ where: { id: { in: reviewIds } }, select: { id: true } }),
    createMany: (data) => db.review.createMany({ data, skipDuplicates: true }),
  });
  const submitted = reviews.filter(
    (r) => insertedReviews.has(r.id) && r.state === ReviewState.SUBMITTED,
  );
  await db.criterionScore.createMany({
    data: submitted.flatMap((r) =>
      CRITERION_NAMES.map((name) => {
        const [score, rationale] = requireValue(r.marks[name], `${name} score of ${r.id}`);
        return {
          id: `${r.id}-${slugify(name)}`,
          reviewId: r.id,
          roundId: round.id,
          criterionId: idOf(criterionIds, name, "criterion"),
          score,
          rationale,
        };
      }),
    ),
    skipDuplicates: true,
  });
  await db.auditEvent.createMany({
    data: submitted.map((r) => ({
      id: `seed-audit-review-submitted-${r.id.replace("seed-review-", "")}`,
      actorId: userId(r.assessorEmail),
      action: "review.submitted",
      entityType: "Review",
      entityId: r.id,
      before: { state: ReviewState.DRAFT, version: 1 },
      after: {
        state: ReviewState.SUBMITTED,
        version: 2,
        submittedAt: requireValue(r.submittedAt, `submission time of ${r.id}`).toISOString(),
      },
      createdAt: requireValue(r.submittedAt, `submission time of ${r.id}`),
    })),
    skipDuplicates: true,
  });
}

export const waveOneAssessment: SeedModule = {
  name: "wave one assessment",
  plan(plan) {
    const waveOne = planWaveOne(plan);
    // Its new assessors and bid leads are written with everyone else's, before any module writes.
    plan.people.people.push(...waveOne.people);
    plan.users.push(...waveOne.users);
    return async (db, ids) => {
      await writeWaveOne(db, waveOne, ids);
      return `Funding round ${WAVE_ONE_SLUG} with ${waveOne.bids.length} bids`;
    };
  },
};
