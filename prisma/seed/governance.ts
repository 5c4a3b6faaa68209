/**
 * The governance self-assessment's demo story (issue 13): two periods, twenty footprints across
 * all seven regions. Most assessments are published, with evidence, actions (some overdue) and
 * movement between the periods:
 * - Lancashire and South Cumbria climbs furthest, after putting five non-executives on its board;
 * - Surrey Heartlands, strong already, has this period's draft almost done (one topic to go);
 * - West Yorkshire submitted last period's without publishing it, and is drafting this one;
 * - Birmingham and Solihull slips on local government; Greater Manchester and Cornwall keep one
 *   period unpublished; Kent and Medway has not started this period's.
 */
import type { GovernanceActionStatus, GovernanceTopic } from "../../lib/generated/prisma/enums";
import { TOPICS } from "../../lib/governance/topics";
import type { UserSeed } from "./accounts";
import type { SeedModule } from "./module";
import { icsKey, type ReferenceData } from "./reference-data";
import { day, londonTime } from "./shared/dates";
import { idOf, type Db, type Ids } from "./shared/ids";
import { createRng } from "./shared/rng";
import { requireValue, slugify } from "./shared/text";
import { insertMissing } from "./shared/write";

const PERIODS = [
  {
    id: "seed-governance-period-2025-26-autumn",
    key: "2025-26",
    name: "2025/26 autumn",
    closesAt: londonTime("2025-12-12T17:00"),
    openedAt: londonTime("2025-10-01T09:00"),
    closedAt: londonTime("2026-01-05T09:00"),
    state: "CLOSED" as const,
  },
  {
    id: "seed-governance-period-2026-27-autumn",
    key: "2026-27",
    name: "2026/27 autumn",
    closesAt: londonTime("2027-01-29T17:00"),
    openedAt: londonTime("2026-10-01T09:00"),
    closedAt: null,
    state: "OPEN" as const,
  },
];

type Fate = "published" | "unpublished" | "draft" | "none";

type FootprintStory = {
  ics: string;
  /** Last period's overall level, before per-topic variation. */
  base: number;
  /** How far this period moves from last, on average. */
  trend: number;
  fates: [Fate, Fate];
  /** Who answers for it: the account that creates, submits and owns its actions. */
  author?: string;
  /** Its board admin, who publishes. */
  publisher?: string;
  /** Topics moved by hand this period (the story), level change. */
  moves?: Partial<Record<GovernanceTopic, number>>;
};

const STORIES: FootprintStory[] = [
  {
    ics: "QXU",
    base: 3.1,
    trend: 0.2,
    fates: ["published", "draft"],
    author: "board.surrey@example.org",
    publisher: "board.surrey@example.org",
  },
  {
    ics: "QE1",
    base: 2.1,
    trend: 1,
    fates: ["published", "published"],
    moves: { Q_INDEPENDENT_SCRUTINY: 2, Q_ACCOUNTABILITY: 1 },
  },
  {
    ics: "QWO",
    base: 2.6,
    trend: 0.4,
    fates: ["unpublished", "draft"],
    author: "board.westyorkshire@example.org",
    publisher: "board.westyorkshire@example.org",
  },
  { ics: "QNX", base: 2.4, trend: 0.3, fates: ["published", "published"] },
  { ics: "QKS", base: 2.2, trend: 0, fates: ["published", "none"] },
  { ics: "QYG", base: 1.8, trend: 0.5, fates: ["published", "published"] },
  { ics: "QOP", base: 3, trend: 0.2, fates: ["unpublished", "published"] },
  { ics: "QMF", base: 2.5, trend: 0, fates: ["published", "published"] },
  { ics: "QKK", base: 2.2, trend: 0.4, fates: ["published", "published"] },
  { ics: "QRV", base: 2.7, trend: 0.1, fates: ["published", "published"] },
  {
    ics: "QHL",
    base: 2.8,
    trend: -0.1,
    fates: ["published", "published"],
    moves: { Q_LOCAL_GOVERNMENT: -1 },
  },
  { ics: "QWU", base: 2.3, trend: 0.3, fates: ["published", "published"] },
  { ics: "QT1", base: 2, trend: 0.6, fates: ["published", "published"] },
  { ics: "QMM", base: 1.9, trend: 0.4, fates: ["published", "published"] },
  { ics: "QUE", base: 2.4, trend: 0.2, fates: ["published", "published"] },
  { ics: "QHM", base: 2.9, trend: 0.2, fates: ["published", "published"] },
  { ics: "QF7", base: 2.5, trend: 0.3, fates: ["published", "published"] },
  { ics: "QOQ", base: 2.1, trend: 0.2, fates: ["published", "published"] },
  { ics: "QJK", base: 2.6, trend: 0, fates: ["published", "published"] },
  { ics: "QT6", base: 1.7, trend: 0.5, fates: ["published", "unpublished"] },
];

/** What each topic's evidence says, for a footprint still building it and for one that has it. */
const EVIDENCE: Record<GovernanceTopic, { low: string; high: string }> = {
  SHARED_PURPOSE: {
    low: "The ICB board agreed the joint forward plan, but two trust boards have not yet adopted its priorities as their own.",
    high: "Every partner board and both upper-tier councils adopted the joint forward plan, and each reports against its four priorities.",
  },
  CLINICAL_LEADERSHIP: {
    low: "A clinical senate meets, but its advice reaches proposals late and primary care is thinly represented.",
    high: "The system clinical board, with GP, nursing and mental health leads, sponsors each programme from its first business case.",
  },
  CAPABILITY_AND_CAPACITY: {
    low: "The system's programme office is two posts short and analysts are borrowed from the trusts week by week.",
    high: "A shared programme office and analytics team are funded by every partner, with a skills plan reviewed each year.",
  },
  RELATIONSHIPS: {
    low: "Chairs meet quarterly, but chief executives report that difficult issues still surface first at formal boards.",
    high: "Chairs, chief executives, non-executives and council leaders meet monthly outside the formal cycle, and disagreements are settled there.",
  },
  COMMUNICATION: {
    low: "Each organisation briefs its own staff; there is no shared account of the system's changes or a single place for its papers.",
    high: "One briefing goes to every partner's staff after each system board, and all papers and decisions are published in one place.",
  },
  ENGAGEMENT_AND_ACCOUNTABILITY: {
    low: "Engagement happens at consultation stage, and boards cannot easily see what was agreed on their behalf.",
    high: "Engagement plans start at options appraisal, and each board receives a quarterly log of the decisions it shares with partners.",
  },
  ARBITRATION_COLLABORATION_COMPETITION: {
    low: "There is no agreed route for disputes; the last disagreement over stroke services took nine months to settle.",
    high: "A dispute resolution protocol, signed by every partner, has settled two disagreements within the agreed eight weeks.",
  },
  SHARED_RISKS_AND_BENEFITS: {
    low: "Finance and performance are reported organisation by organisation, from different data, so the board rarely sees one picture.",
    high: "A risk-share agreement is in place and the system board works from one dashboard of finance, performance and outcomes.",
  },
  Q_ACCOUNTABILITY: {
    low: "The scheme of delegation predates the ICB; who owns some joint decisions is unclear to the boards concerned.",
    high: "Each joint decision is logged with the statutory body that owns it, and every board sees the log at each meeting.",
  },
  Q_PATIENT_AND_PUBLIC_ENGAGEMENT: {
    low: "Healthwatch is invited to the system board, but patients are not involved in shaping programmes before decisions.",
    high: "A citizens' panel and the voluntary sector alliance co-design each programme, and a 'you said, we did' report is published quarterly.",
  },
  Q_LOCAL_GOVERNMENT: {
    low: "Councils attend the partnership board as observers, and the health scrutiny committee sees plans only after they are agreed.",
    high: "Council leaders sit on the integrated care partnership as equal members, and scrutiny reviews the system plan before it is approved.",
  },
  Q_ORGANISATIONAL_STRUCTURES: {
    low: "Committee terms of reference are in draft, and place-based partnerships have no written delegations yet.",
    high: "Terms of reference and delegations for every committee and place are agreed by each partner and reviewed annually.",
  },
  Q_CLINICAL_VOICE: {
    low: "Clinicians advise through a separate group; no clinician has a vote at the system board.",
    high: "Three clinical members, including a GP and a nurse, are voting members of the system board.",
  },
  Q_INDEPENDENT_SCRUTINY: {
    low: "Non-executives meet informally, but have no role in the system's governance and see papers only after decisions.",
    high: "Non-executives and lay members sit on the system board and its committees, with a network that agrees a joined-up view first.",
  },
  Q_AUDIT_AND_ASSURANCE: {
    low: "Audit committees work separately; there is no shared view of system risks.",
    high: "The partners' audit committee chairs meet each quarter, there is one system risk register, and internal audit reviews joint arrangements.",
  },
};

const LEVEL_NOTES = [
  "",
  "Nothing is yet in place that partners have signed up to.",
  "Work has started; the board will review it at its spring development session.",
  "The board reviewed this in the autumn and found it working.",
  "Internal audit looked at this during the year, and two other systems have asked to borrow the approach.",
];

/** The story's own words, where a footprint's evidence is more than the template. */
const STORY_EVIDENCE: Partial<Record<string, Partial<Record<GovernanceTopic, string>>>> = {
  QXU: {
    Q_INDEPENDENT_SCRUTINY:
      "A lay member or NED from the discussion group is attached to each of the partnership's 13 workstreams and reports back at every meeting.",
    RELATIONSHIPS:
      "The discussion group grew out of the three CCGs' lay member meetings and now includes the trusts' NEDs and the county council's portfolio holders.",
  },
  QE1: {
    Q_INDEPENDENT_SCRUTINY:
      "Five NEDs and lay members were appointed to the ICS board this year, each leading specific ICS workstreams.",
    Q_ACCOUNTABILITY:
      "With non-executives on the ICS board, each workstream's decisions now have a named non-executive lead who reports to the board.",
  },
  QWO: {
    Q_PATIENT_AND_PUBLIC_ENGAGEMENT:
      "The lay member assurance group covers the 11 CCGs' patient and public involvement and reports to the partnership board.",
  },
};

/** What a footprint will do about a topic it rates low. */
const ACTIONS: Record<GovernanceTopic, string> = {
  SHARED_PURPOSE: "Take the joint forward plan's priorities to every trust board for adoption.",
  CLINICAL_LEADERSHIP: "Give the clinical senate a standing slot at programme gateway reviews.",
  CAPABILITY_AND_CAPACITY: "Agree a shared funding model for the programme office and analysts.",
  RELATIONSHIPS: "Start monthly informal meetings of chairs and council leaders.",
  COMMUNICATION: "Publish every system board paper and decision on one web page.",
  ENGAGEMENT_AND_ACCOUNTABILITY: "Send each board a quarterly log of the decisions it shares.",
  ARBITRATION_COLLABORATION_COMPETITION:
    "Draft a dispute resolution protocol and take it to every partner board.",
  SHARED_RISKS_AND_BENEFITS: "Build one system dashboard of finance, performance and outcomes.",
  Q_ACCOUNTABILITY: "Rewrite the scheme of delegation for the ICB and its places.",
  Q_PATIENT_AND_PUBLIC_ENGAGEMENT: "Set up a citizens' panel with the voluntary sector alliance.",
  Q_LOCAL_GOVERNMENT: "Invite council leaders to join the partnership board as full members.",
  Q_ORGANISATIONAL_STRUCTURES: "Agree terms of reference for every committee and place.",
  Q_CLINICAL_VOICE: "Make two clinical members voting members of the system board.",
  Q_INDEPENDENT_SCRUTINY: "Agree a role for the non-executive network in the system's committees.",
  Q_AUDIT_AND_ASSURANCE: "Convene the partners' audit committee chairs each quarter.",
};

type AssessmentSeed = {
  id: string;
  periodId: string;
  footprintKey: string;
  status: "DRAFT" | "SUBMITTED";
  createdByEmail: string;
  submittedAt: Date | null;
  submittedByEmail: string | null;
  publishedAt: Date | null;
  publishedByEmail: string | null;
  ratings: { topic: GovernanceTopic; rating: number | null; evidence: string }[];
  actions: {
    id: string;
    topic: GovernanceTopic;
    description: string;
    ownerEmail: string;
    dueOn: Date;
    status: GovernanceActionStatus;
  }[];
};

function clamp(level: number): number {
  return Math.max(1, Math.min(4, Math.round(level)));
}

function planGovernance(ref: ReferenceData, users: UserSeed[]): AssessmentSeed[] {
  const emails = new Set(users.map((user) => user.email));
  const assessments: AssessmentSeed[] = [];
  for (const story of STORIES) {
    const rng = createRng(`governance-${story.ics}`);
    const footprintKey = icsKey(story.ics);
    const footprint = requireValue(ref.footprintByKey.get(footprintKey), `ICS ${story.ics}`);
    const member = `member.${slugify(footprint.name)}@example.org`;
    const author = story.author ?? member;
    for (const email of [author, member, story.publisher].filter(Boolean) as string[])
      if (!emails.has(email)) throw new Error(`The governance demo needs the account ${email}`);
    // Per-topic levels: the footprint's base with some spread, then this period's movement.
    const first = TOPICS.map(() => clamp(story.base + (rng.next() - 0.5) * 1.6));
    const second = TOPICS.map((topic, i) =>
      clamp(
        first[i]! +
          (story.moves?.[topic.key] ??
            (rng.next() < Math.abs(story.trend) ? Math.sign(story.trend) : 0)),
      ),
    );
    PERIODS.forEach((period, p) => {
      const fate = story.fates[p]!;
      if (fate === "none") return;
      const id = `seed-governance-${period.key}-${story.ics.toLowerCase()}`;
      const submitted = fate === "published" || fate === "unpublished";
      // Last period's came in during the weeks before its deadline; this period's since it opened
      // (by late November 2026, so none is dated after the demo's today).
      const submittedAt = !submitted
        ? null
        : p === 0
          ? new Date(period.closesAt.getTime() - rng.int(2, 40) * 86_400_000)
          : new Date(period.openedAt.getTime() + rng.int(20, 55) * 86_400_000);
      // A draft this period has every topic answered but the last, which the demo user finishes.
      const answered = (index: number) => submitted || index < TOPICS.length - 1;
      const ratings = TOPICS.map((topic, index) => {
        const level = (p === 0 ? first : second)[index]!;
        if (!answered(index)) return { topic: topic.key, rating: null, evidence: "" };
        const own = STORY_EVIDENCE[story.ics]?.[topic.key];
        const text = EVIDENCE[topic.key];
        return {
          topic: topic.key,
          rating: level,
          evidence: own
            ? `${own} ${LEVEL_NOTES[level]}`
            : `${level <= 2 ? text.low : text.high} ${LEVEL_NOTES[level]}`,
        };
      });
      // Actions on the lowest-rated topics (up to three, below embedded): last period's fell due
      // in 2026 and some are still not done (overdue); this period's fall due in 2027.
      const lowest = ratings
        .map((r, index) => ({ ...r, index }))
        .filter((r) => r.rating !== null && r.rating <= 3)
        .sort((a, b) => a.rating! - b.rating! || a.index - b.index)
        .slice(0, 3);
      const actions = lowest.map((r, k) => {
        const dueOn =
          period.key === "2025-26"
            ? day(k % 2 ? "2026-06-30" : "2026-03-31")
            : day(k % 2 ? "2027-06-30" : "2027-03-31");
        const status: GovernanceActionStatus =
          period.key === "2025-26"
            ? (["DONE", "IN_PROGRESS", "NOT_STARTED"] as const)[(k + rng.int(0, 2)) % 3]!
            : k === 0
              ? "IN_PROGRESS"
              : "NOT_STARTED";
        return {
          id: `${id}-action-${k + 1}`,
          topic: r.topic,
          description: ACTIONS[r.topic],
          ownerEmail: k % 2 && story.author ? story.author : member,
          dueOn,
          status,
        };
      });
      assessments.push({
        id,
        periodId: period.id,
        footprintKey,
        status: submitted ? "SUBMITTED" : "DRAFT",
        createdByEmail: author,
        submittedAt,
        submittedByEmail: submitted ? author : null,
        publishedAt:
          fate === "published" ? new Date(submittedAt!.getTime() + 3 * 86_400_000) : null,
        publishedByEmail: fate === "published" ? (story.publisher ?? null) : null,
        ratings,
        actions,
      });
    });
  }
  return assessments;
}

async function writeGovernance(db: Db, assessments: AssessmentSeed[], ids: Ids): Promise<void> {
  const user = (email: string) => idOf(ids.users, email, "user");
  const admin = user("admin@example.org");
  await db.governancePeriod.createMany({
    data: PERIODS.map(({ key: _key, ...period }) => ({ ...period, createdById: admin })),
    skipDuplicates: true,
  });
  const footprintIds = [
    ...new Set(assessments.map((a) => idOf(ids.footprints, a.footprintKey, "footprint"))),
  ];
  const networks = await db.network.findMany({
    where: { footprintId: { in: footprintIds }, status: { not: "CLOSED" } },
    orderBy: { id: "asc" },
    select: { id: true, footprintId: true },
  });
  const networkOf = new Map<string, string>();
  for (const network of networks)
    if (!networkOf.has(network.footprintId)) networkOf.set(network.footprintId, network.id);
  const inserted = await insertMissing({
    rows: assessments.map((a) => {
      const footprintId = idOf(ids.footprints, a.footprintKey, "footprint");
      return {
        id: a.id,
        periodId: a.periodId,
        footprintId,
        networkId: networkOf.get(footprintId) ?? null,
        status: a.status,
        createdById: user(a.createdByEmail),
        submittedAt: a.submittedAt,
        submittedById: a.submittedByEmail ? user(a.submittedByEmail) : null,
        publishedAt: a.publishedAt,
        publishedById: a.publishedByEmail ? user(a.publishedByEmail) : null,
        version: a.status === "SUBMITTED" ? 2 : 1,
      };
    }),
    load: (idList) =>
      db.governanceAssessment.findMany({ where: { id: { in: idList } }, select: { id: true } }),
    createMany: (rows) => db.governanceAssessment.createMany({ data: rows }),
  });
  const fresh = assessments.filter((a) => inserted.has(a.id));
  await db.governanceRating.createMany({
    data: fresh.flatMap((a) =>
      a.ratings.map((r) => ({
        id: `${a.id}-${r.topic.toLowerCase().replace(/_/g, "-")}`,
        assessmentId: a.id,
        topic: r.topic,
        rating: r.rating,
        evidence: r.evidence,
        updatedById: r.rating === null ? null : user(a.createdByEmail),
        version: r.rating === null ? 1 : 2,
      })),
    ),
    skipDuplicates: true,
  });
  await db.governanceAction.createMany({
    data: fresh.flatMap((a) =>
      a.actions.map((action) => ({
        id: action.id,
        assessmentId: a.id,
        topic: action.topic,
        description: action.description,
        ownerId: user(action.ownerEmail),
        dueOn: action.dueOn,
        status: action.status,
        createdById: user(a.createdByEmail),
      })),
    ),
    skipDuplicates: true,
  });
}

export const governance: SeedModule = {
  name: "governance self-assessment",
  plan({ ref, users }) {
    const assessments = planGovernance(ref, users);
    return async (db, ids) => {
      await writeGovernance(db, assessments, ids);
      const published = assessments.filter((a) => a.publishedAt).length;
      return `Governance: ${PERIODS.length} periods, ${assessments.length} assessments (${published} published)`;
    };
  },
};
