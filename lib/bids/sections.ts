import type { BidSectionKey } from "../generated/prisma/enums";

/**
 * The question pages of a bid, in task-list order. The questions follow the pilot sites round's
 * brief (docs/domain.md, "Bid"): a new network or one that goes further than an existing one,
 * engagement with local authorities and the public, technology for network building, and trusts
 * that reach across several footprints.
 */
export type BidSectionSpec = {
  key: BidSectionKey;
  /** The URL segment of its question page. */
  slug: string;
  title: string;
  /** The question as the page heading asks it. */
  question: string;
  hint: string;
  maxLength: number;
};

export const SECTION_MAX_LENGTH = 5000;

export const BID_SECTIONS: readonly BidSectionSpec[] = [
  {
    key: "FUNCTION_AND_MODEL",
    slug: "function-and-model",
    title: "The network's function and model",
    question: "What will the network do, and how will it be set up?",
    hint: "Who will be in it, how it will meet and make decisions, and how it links to the system board.",
    maxLength: SECTION_MAX_LENGTH,
  },
  {
    key: "EXISTING_NETWORK",
    slug: "existing-network",
    title: "An existing network and how this goes further",
    question: "Is there a network already, and how would this go further?",
    hint: "If there is no network yet, say so and what has been tried before.",
    maxLength: SECTION_MAX_LENGTH,
  },
  {
    key: "INNOVATION",
    slug: "innovation",
    title: "Innovation",
    question: "What is new about this approach?",
    hint: "For example, using technology to build the network and keep its members in touch.",
    maxLength: SECTION_MAX_LENGTH,
  },
  {
    key: "AMBITION",
    slug: "ambition",
    title: "Ambition",
    question: "How far will the network reach?",
    hint: "For example, engaging local authorities, the voluntary sector and the public.",
    maxLength: SECTION_MAX_LENGTH,
  },
  {
    key: "SCALE",
    slug: "scale",
    title: "Scale of the local challenge",
    question: "How big is the local challenge the network takes on?",
    hint: "The population, the organisations involved and the decisions the system faces.",
    maxLength: SECTION_MAX_LENGTH,
  },
  {
    key: "CROSS_FOOTPRINT_TRUSTS",
    slug: "cross-footprint-trusts",
    title: "Links to trusts across footprints",
    question: "How will the network link with trusts that work across several footprints?",
    hint: "For example, an ambulance or mental health trust whose area covers more than one system.",
    maxLength: SECTION_MAX_LENGTH,
  },
  {
    key: "OUTCOMES_AND_LEARNING",
    slug: "outcomes-and-learning",
    title: "Outcomes and how learning will be shared",
    question: "What will the pilot achieve, and how will you share what you learn?",
    hint: "How you will know it worked, and how other footprints will hear about it.",
    maxLength: SECTION_MAX_LENGTH,
  },
  {
    key: "TIMELINE",
    slug: "timeline",
    title: "Timeline",
    question: "What is your timeline?",
    hint: "The main steps and when they will happen over the pilot year.",
    maxLength: SECTION_MAX_LENGTH,
  },
];

export function sectionBySlug(slug: string): BidSectionSpec | undefined {
  return BID_SECTIONS.find((section) => section.slug === slug);
}

export function sectionByKey(key: BidSectionKey): BidSectionSpec {
  return BID_SECTIONS.find((section) => section.key === key)!;
}
