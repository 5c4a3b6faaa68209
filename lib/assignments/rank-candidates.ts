/**
 * Who may fill a workstream or board seat, and in what order to suggest them (DESIGN.md,
 * "Assignment rules"): eligible people first, ranked by how many of the needed skills they bring,
 * then by how few lead roles they already hold, then by name. Declared interests that touch the
 * workstream are flagged, not hidden: the board admin decides.
 */
import type { AppointmentRole } from "../generated/prisma/enums";

/** Appointments that make someone part of the non-executive community (DESIGN.md, "Why it exists"). */
export const NON_EXECUTIVE_ROLES: readonly AppointmentRole[] = [
  "LAY_MEMBER",
  "NED",
  "CHAIR",
  "ASSOCIATE_NED",
  "COUNCILLOR",
];

export type CandidateFacts = {
  personId: string;
  name: string;
  skillIds: string[];
  skillNames: string[];
  /** Current non-executive appointments at organisations in the footprint, as far as shared. */
  appointmentsInFootprint: { organisationName: string; role: AppointmentRole }[];
  /** How many more such appointments the person holds but does not share with members. */
  unsharedAppointmentsInFootprint: number;
  /** Current membership of a network of the footprint. */
  networkMember: boolean;
  /** Current lead roles anywhere. */
  currentLeadRoles: number;
  /**
   * Current declarations of interest. An unpublished one is used for its flag only: the flag
   * never names its party or repeats its description (docs/decisions/009).
   */
  interests: {
    organisationId: string | null;
    partyName: string | null;
    description: string;
    organisationName: string | null;
    published: boolean;
  }[];
};

export type Target = {
  name: string;
  requiredSkillIds: string[];
  /** Organisations of the footprint, for spotting interests that name one of them. */
  footprintOrganisationIds: ReadonlySet<string>;
};

/** A candidate as shown: the declarations themselves stay behind, only their flags go out. */
export type RankedCandidate = Omit<CandidateFacts, "interests"> & {
  eligible: boolean;
  eligibilityReasons: string[];
  matchingSkills: number;
  interestFlags: string[];
};

export function isEligible(
  candidate: Pick<
    CandidateFacts,
    "appointmentsInFootprint" | "unsharedAppointmentsInFootprint" | "networkMember"
  >,
): boolean {
  return (
    candidate.appointmentsInFootprint.length > 0 ||
    candidate.unsharedAppointmentsInFootprint > 0 ||
    candidate.networkMember
  );
}

/** The flag for an interest the person has not published: it says where to ask, and nothing else. */
export const UNPUBLISHED_INTEREST_FLAG =
  "Declared an interest that may touch this workstream, not published: ask them about it";

// Words too common in workstream names to signal a link on their own.
const STOP_WORDS = new Set([
  "care",
  "health",
  "services",
  "service",
  "and",
  "the",
  "with",
  "for",
  "local",
]);

function significantWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 5 && !STOP_WORDS.has(word));
}

/** Why a person's declared interests may touch this workstream, one line per interest. */
export function findInterestFlags({
  interests,
  target,
}: {
  interests: CandidateFacts["interests"];
  target: Target;
}): string[] {
  const words = significantWords(target.name);
  const flags: string[] = [];
  for (const interest of interests) {
    const party = interest.organisationName ?? interest.partyName ?? "an unnamed party";
    const inFootprint =
      interest.organisationId !== null &&
      target.footprintOrganisationIds.has(interest.organisationId);
    const text = `${interest.partyName ?? ""} ${interest.description}`.toLowerCase();
    const word = inFootprint ? undefined : words.find((w) => text.includes(w));
    if (!inFootprint && !word) continue;
    if (!interest.published) flags.push(UNPUBLISHED_INTEREST_FLAG);
    else if (inFootprint)
      flags.push(`Declared an interest in ${party}, an organisation in this footprint`);
    else flags.push(`Declared an interest (${party}) that mentions “${word}”`);
  }
  // One line is enough however many unpublished interests touch it.
  return [...new Set(flags)];
}

export function rankCandidates({
  candidates,
  target,
}: {
  candidates: CandidateFacts[];
  target: Target;
}): RankedCandidate[] {
  const needed = new Set(target.requiredSkillIds);
  return candidates
    .map(({ interests, ...candidate }) => {
      const eligibilityReasons = [
        ...candidate.appointmentsInFootprint.map((a) => `Appointment at ${a.organisationName}`),
        ...(candidate.unsharedAppointmentsInFootprint > 0 &&
        !candidate.appointmentsInFootprint.length
          ? ["A current non-executive appointment in the footprint (details not shared)"]
          : []),
        ...(candidate.networkMember ? ["Member of the footprint's network"] : []),
      ];
      return {
        ...candidate,
        eligible: isEligible(candidate),
        eligibilityReasons,
        matchingSkills: candidate.skillIds.filter((id) => needed.has(id)).length,
        interestFlags: findInterestFlags({ interests, target }),
      };
    })
    .sort(
      (a, b) =>
        Number(b.eligible) - Number(a.eligible) ||
        b.matchingSkills - a.matchingSkills ||
        a.currentLeadRoles - b.currentLeadRoles ||
        a.name.localeCompare(b.name, "en-GB"),
    );
}
