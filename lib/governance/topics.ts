/**
 * What a footprint rates itself against (docs/domain.md, "Governance self-assessment"): the eight
 * principles of whole-system working and the seven questions non-executives should keep asking of
 * their system's governance, and the four-level maturity scale. Pure data: the pages, the forms,
 * the dashboard and the seed all read it from here.
 */
import type { GovernanceTopic } from "../generated/prisma/enums";

export type TopicGroup = "principle" | "question";

export type TopicSpec = {
  key: GovernanceTopic;
  /** In the address of the topic's page. */
  slug: string;
  group: TopicGroup;
  /** "Principle 3", "Question 5". */
  number: number;
  title: string;
  /** A column heading on the dashboard's grid, with soft hyphens where a narrow column may break it. */
  shortTitle: string;
  /** The principle as a statement, or the question as asked. */
  wording: string;
  /** What it means in practice, in a sentence or two. */
  explanation: string;
};

export const TOPICS: readonly TopicSpec[] = [
  {
    key: "SHARED_PURPOSE",
    slug: "shared-purpose",
    group: "principle",
    number: 1,
    title: "Shared purpose",
    shortTitle: "Pur\u00adpose",
    wording:
      "The organisations of the footprint share a purpose, a vision and priorities that they have agreed together.",
    explanation:
      "Boards, councils and partners can say the same few things about what the system is for, and their own plans follow from them rather than competing with them.",
  },
  {
    key: "CLINICAL_LEADERSHIP",
    slug: "clinical-leadership",
    group: "principle",
    number: 2,
    title: "Clinical leadership",
    shortTitle: "Clinical lead",
    wording: "Clinicians lead the design of services and the case for change across the system.",
    explanation:
      "Senior clinicians from primary, community, mental health and acute care shape the proposals from the start, not only sign them off at the end.",
  },
  {
    key: "CAPABILITY_AND_CAPACITY",
    slug: "capability-and-capacity",
    group: "principle",
    number: 3,
    title: "Capability and capacity",
    shortTitle: "Capa\u00adcity",
    wording:
      "The system has the people, skills and time to do its work together, alongside each organisation's own.",
    explanation:
      "Programme support, analysts and leaders' time are committed to the system's work, and gaps in skills are known and being filled.",
  },
  {
    key: "RELATIONSHIPS",
    slug: "relationships",
    group: "principle",
    number: 4,
    title: "Relationships",
    shortTitle: "Relation\u00adships",
    wording: "Leaders trust one another enough to share problems early and settle them together.",
    explanation:
      "Chairs, chief executives, non-executives and elected members know one another, meet outside formal boards and can disagree without falling out.",
  },
  {
    key: "COMMUNICATION",
    slug: "communication",
    group: "principle",
    number: 5,
    title: "Communication",
    shortTitle: "Commu\u00adnica\u00adtion",
    wording:
      "The system communicates clearly and consistently with its staff, partners and the public.",
    explanation:
      "People hear one account of what is changing and why, from every organisation, in good time, and can find the system's papers and decisions.",
  },
  {
    key: "ENGAGEMENT_AND_ACCOUNTABILITY",
    slug: "engagement-and-accountability",
    group: "principle",
    number: 6,
    title: "Engagement and accountability",
    shortTitle: "Engage\u00adment",
    wording:
      "The system engages the people it serves and is open about who is accountable for what.",
    explanation:
      "Engagement starts before decisions are made, and each organisation can show how it stays accountable to its own board and public for what it agreed with others.",
  },
  {
    key: "ARBITRATION_COLLABORATION_COMPETITION",
    slug: "arbitration-collaboration-and-competition",
    group: "principle",
    number: 7,
    title: "Arbitration, collaboration and competition",
    shortTitle: "Arbitra\u00adtion",
    wording:
      "There are agreed ways to settle disputes and to decide when organisations collaborate and when they compete.",
    explanation:
      "When partners disagree about money, services or risk, there is a route to resolve it that everyone accepted in advance, and procurement rules are respected.",
  },
  {
    key: "SHARED_RISKS_AND_BENEFITS",
    slug: "shared-risks-and-benefits",
    group: "principle",
    number: 8,
    title: "Shared risks and benefits, with robust data",
    shortTitle: "Shared risk",
    wording:
      "Risks and benefits are shared fairly, and one dashboard of robust data informs decisions and actions.",
    explanation:
      "Partners have agreed how gains and losses are shared, and they look at the same figures on finance, performance and outcomes when they decide.",
  },
  {
    key: "Q_ACCOUNTABILITY",
    slug: "accountability",
    group: "question",
    number: 1,
    title: "Accountability",
    shortTitle: "Account\u00adable",
    wording: "Is it clear who is accountable for the system's decisions, and to whom?",
    explanation:
      "Each decision made together can be traced to the statutory bodies that own it, and their boards can see and challenge what was agreed in their name.",
  },
  {
    key: "Q_PATIENT_AND_PUBLIC_ENGAGEMENT",
    slug: "patient-and-public-engagement",
    group: "question",
    number: 2,
    title: "Patient and public engagement",
    shortTitle: "Public",
    wording: "How are patients and the public involved in shaping the system's decisions?",
    explanation:
      "Patients, carers and communities, including those heard least, are involved early, and the system can show what changed because of what they said.",
  },
  {
    key: "Q_LOCAL_GOVERNMENT",
    slug: "local-government",
    group: "question",
    number: 3,
    title: "Local government",
    shortTitle: "Coun\u00adcils",
    wording:
      "Is local government a full partner, and does democratic accountability reach the system?",
    explanation:
      "Councils sit at the table as equals, health and wellbeing boards and scrutiny committees see the system's plans, and councillors can challenge them.",
  },
  {
    key: "Q_ORGANISATIONAL_STRUCTURES",
    slug: "organisational-structures",
    group: "question",
    number: 4,
    title: "Organisational structures",
    shortTitle: "Struc\u00adtures",
    wording:
      "Do the system's boards, committees and joint arrangements let it decide together, with clear delegations?",
    explanation:
      "Terms of reference, schemes of delegation and membership are written down, agreed by each organisation, and kept up to date as the system changes.",
  },
  {
    key: "Q_CLINICAL_VOICE",
    slug: "clinical-voice",
    group: "question",
    number: 5,
    title: "The clinical voice",
    shortTitle: "Clinical voice",
    wording: "Is the clinical voice heard where the system's decisions are made?",
    explanation:
      "Clinicians, including GPs and nurses, have a seat and a say at the system's decision-making meetings, not only in advisory groups.",
  },
  {
    key: "Q_INDEPENDENT_SCRUTINY",
    slug: "independent-scrutiny",
    group: "question",
    number: 6,
    title: "Independent scrutiny",
    shortTitle: "Scru\u00adtiny",
    wording:
      "Do non-executives and lay members give independent challenge to the system's decisions?",
    explanation:
      "Non-executive directors, lay members and independent members have roles in the system's governance, the information to challenge, and a joined-up voice.",
  },
  {
    key: "Q_AUDIT_AND_ASSURANCE",
    slug: "audit-and-assurance",
    group: "question",
    number: 7,
    title: "Audit and assurance",
    shortTitle: "Assur\u00adance",
    wording:
      "How does the system assure itself that its decisions are sound and carried out, across organisations?",
    explanation:
      "Audit committees work together on the system's risks, there is one view of shared risks, and internal audit looks at joint arrangements as well as single bodies.",
  },
];

export const TOPIC_GROUPS: readonly { group: TopicGroup; title: string; intro: string }[] = [
  {
    group: "principle",
    title: "The eight principles of whole-system working",
    intro: "How well the organisations of the footprint work as one system.",
  },
  {
    group: "question",
    title: "The seven governance questions",
    intro: "The questions non-executives should keep asking of the system's governance.",
  },
];

const BY_KEY = new Map(TOPICS.map((topic) => [topic.key, topic]));
const BY_SLUG = new Map(TOPICS.map((topic) => [topic.slug, topic]));

export function topicByKey(key: GovernanceTopic): TopicSpec {
  const topic = BY_KEY.get(key);
  if (!topic) throw new Error(`Unknown governance topic ${key}`);
  return topic;
}

export function topicBySlug(slug: string): TopicSpec | undefined {
  return BY_SLUG.get(slug);
}

/** "Principle 3: Capability and capacity", "Question 5: The clinical voice". */
export function topicLabel(topic: TopicSpec): string {
  return `${topic.group === "principle" ? "Principle" : "Question"} ${topic.number}: ${topic.title}`;
}

/** The topic after this one, in the order they are answered; null after the last. */
export function nextTopic(key: GovernanceTopic): TopicSpec | null {
  const index = TOPICS.findIndex((topic) => topic.key === key);
  return TOPICS[index + 1] ?? null;
}

export type MaturityLevel = 1 | 2 | 3 | 4;

export const MATURITY_LEVELS: readonly {
  value: MaturityLevel;
  name: string;
  descriptor: string;
}[] = [
  {
    value: 1,
    name: "Not in place",
    descriptor: "Nothing is in place yet, or there are only intentions.",
  },
  {
    value: 2,
    name: "Developing",
    descriptor:
      "Arrangements are being set up, or work in part of the footprint; they are not yet consistent or tested.",
  },
  {
    value: 3,
    name: "Established",
    descriptor:
      "Arrangements are in place across the footprint and working, with evidence that they are used.",
  },
  {
    value: 4,
    name: "Embedded",
    descriptor:
      "Arrangements are part of how the system works: reviewed, improved, and others learn from them.",
  },
];

export const MATURITY_VALUES = MATURITY_LEVELS.map((level) => level.value);

export function maturityName(value: number): string {
  return MATURITY_LEVELS.find((level) => level.value === value)?.name ?? "Not rated";
}
