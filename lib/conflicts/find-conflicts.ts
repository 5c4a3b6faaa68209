/**
 * Conflicts of interest between assessors and bids (DESIGN.md, "Conflict of interest"): an assessor
 * is conflicted with a bid when they hold or held an appointment at an organisation in the bid's
 * footprint or among its partners, or declared an interest naming one, or declared a conflict with
 * that bid. Each conflict shows its reason.
 *
 * Pure: plain data in, plain data out. The database keeps one row per bid, assessor and type, so this
 * returns at most one conflict per type, its reason naming every organisation that triggered it.
 */
import type { AppointmentRole, ConflictType } from "../generated/prisma/enums";
import { APPOINTMENT_ROLE_LABELS } from "../format/labels";

export type AssessorRecord = {
  assessorId: string;
  appointments: {
    organisationId: string;
    organisationName: string;
    role: AppointmentRole;
    title?: string | null;
    startsOn: Date;
    endsOn: Date | null;
  }[];
  declarations: {
    organisationId: string | null;
    organisationName?: string | null;
    partyName: string | null;
    description: string;
  }[];
};

export type BidRecord = {
  bidId: string;
  footprintName: string;
  /** organisations in the bid's footprint (id → name) */
  footprintOrganisations: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  partners: { organisationId: string; name: string }[];
};

export type RecordedConflict = {
  bidId: string;
  assessorId: string;
  type: "SELF_DECLARED" | "ADMIN_RECORDED";
  reason: string;
};

export type FoundConflict = { type: ConflictType; reason: string };

/** The order conflicts are listed in: the enum's own order in `prisma/schema.prisma`. */
export const CONFLICT_TYPE_ORDER: readonly ConflictType[] = [
  "APPOINTMENT_IN_FOOTPRINT",
  "APPOINTMENT_AT_PARTNER",
  "DECLARED_INTEREST",
  "SELF_DECLARED",
  "ADMIN_RECORDED",
];

// Words that organisation names share so widely that they say nothing about which body is meant
// ("Leeds Teaching Hospitals NHS Trust" is written as often without "NHS Trust" as with it).
const FILLER_WORDS = new Set(["nhs", "foundation", "trust", "ft", "the", "and", "of"]);

function nameWords(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "" && !FILLER_WORDS.has(word));
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((word, i) => haystack[start + i] === word)) return true;
  }
  return false;
}

function wordsMatch(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length === longer.length) return shorter.every((word, i) => longer[i] === word);
  // One word inside a longer name ("Leeds", "Surrey") names a place, not an organisation.
  return shorter.length >= 2 && containsRun(longer, shorter);
}

/**
 * Whether two organisation names plausibly name the same body: equal once lower-cased, stripped of
 * punctuation and filler words ("NHS", "Foundation", "Trust", "the", "and", "of"), or one contains
 * the other as whole words where the shorter keeps at least two words.
 */
export function namesMatch(a: string, b: string): boolean {
  return wordsMatch(nameWords(a), nameWords(b));
}

// Appointment dates are calendar dates stored at midnight UTC, so they are read in UTC.
const MONTH_YEAR = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  month: "long",
  year: "numeric",
});

function formatPeriod(startsOn: Date, endsOn: Date | null): string {
  const from = MONTH_YEAR.format(startsOn);
  if (!endsOn) return `since ${from}`;
  const to = MONTH_YEAR.format(endsOn);
  return from === to ? from : `${from} to ${to}`;
}

function roleLabel(role: AppointmentRole, title: string | null | undefined): string {
  if (role === "OTHER") return title?.trim() || "Appointment";
  return APPOINTMENT_ROLE_LABELS[role];
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, "en-GB");
}

type PreparedBid = {
  bidId: string;
  footprintName: string;
  footprint: ReadonlyMap<string, string>;
  /** Partners that are not also in the footprint (those count as footprint organisations). */
  partners: ReadonlyMap<string, string>;
  /** Every organisation of the bid with its name's words, for matching free-text party names. */
  named: { organisationId: string; name: string; words: string[] }[];
};

function prepareBid(bid: BidRecord): PreparedBid {
  const footprint: ReadonlyMap<string, string> =
    bid.footprintOrganisations instanceof Map
      ? bid.footprintOrganisations
      : new Map(Object.entries(bid.footprintOrganisations));
  const partners = new Map<string, string>();
  for (const partner of bid.partners) {
    if (!footprint.has(partner.organisationId)) partners.set(partner.organisationId, partner.name);
  }
  const named = [...footprint, ...partners].map(([organisationId, name]) => ({
    organisationId,
    name,
    words: nameWords(name),
  }));
  return { bidId: bid.bidId, footprintName: bid.footprintName, footprint, partners, named };
}

function whereIs(bid: PreparedBid, organisationId: string, count = 1): string {
  if (bid.footprint.has(organisationId)) {
    return count === 1
      ? `an organisation in ${bid.footprintName}`
      : `organisations in ${bid.footprintName}`;
  }
  return count === 1 ? "a partner in this bid" : "partners in this bid";
}

function appointmentConflicts(assessor: AssessorRecord, bid: PreparedBid): FoundConflict[] {
  const found: FoundConflict[] = [];
  const groups = [
    { type: "APPOINTMENT_IN_FOOTPRINT", organisations: bid.footprint },
    { type: "APPOINTMENT_AT_PARTNER", organisations: bid.partners },
  ] as const;
  for (const { type, organisations } of groups) {
    const appointments = assessor.appointments
      .filter((a) => organisations.has(a.organisationId))
      .sort(
        (a, b) =>
          compareText(a.organisationName, b.organisationName) ||
          a.startsOn.getTime() - b.startsOn.getTime(),
      );
    if (appointments.length === 0) continue;
    const described = appointments.map(
      (a) =>
        `${roleLabel(a.role, a.title)} at ${a.organisationName} (${formatPeriod(a.startsOn, a.endsOn)})`,
    );
    const organisationCount = new Set(appointments.map((a) => a.organisationId)).size;
    const where = whereIs(bid, appointments[0]!.organisationId, organisationCount);
    found.push({ type, reason: `${joinAnd(described)}, ${where}` });
  }
  return found;
}

function describeDeclaration(
  declaration: AssessorRecord["declarations"][number],
  bid: PreparedBid,
): string | null {
  const { organisationId, partyName } = declaration;
  const description = declaration.description.trim();
  const detail = description ? ` (${description})` : "";
  if (organisationId && (bid.footprint.has(organisationId) || bid.partners.has(organisationId))) {
    const name =
      declaration.organisationName ??
      bid.footprint.get(organisationId) ??
      bid.partners.get(organisationId)!;
    return `an interest in ${name}${detail}, ${whereIs(bid, organisationId)}`;
  }
  if (!partyName) return null;
  const partyWords = nameWords(partyName);
  const matches = bid.named.filter((organisation) => wordsMatch(partyWords, organisation.words));
  if (matches.length === 0) return null;
  // Prefer saying "in the footprint" when the party name matches both kinds of organisation.
  const inFootprint = matches.filter((m) => bid.footprint.has(m.organisationId));
  const shown = (inFootprint.length > 0 ? inFootprint : matches)
    .map((m) => m.name)
    .sort(compareText);
  const first = inFootprint[0] ?? matches[0]!;
  return `an interest in “${partyName.trim()}”${detail}, which names ${joinAnd(shown)}, ${whereIs(bid, first.organisationId, shown.length)}`;
}

function declarationConflict(assessor: AssessorRecord, bid: PreparedBid): FoundConflict[] {
  const described = assessor.declarations
    .map((declaration) => describeDeclaration(declaration, bid))
    .filter((text): text is string => text !== null)
    .sort(compareText);
  if (described.length === 0) return [];
  return [{ type: "DECLARED_INTEREST", reason: `Declared ${described.join("; ")}` }];
}

function recordedConflicts(
  recorded: readonly RecordedConflict[],
  bidId: string,
  assessorId: string,
): FoundConflict[] {
  const found: FoundConflict[] = [];
  for (const type of ["SELF_DECLARED", "ADMIN_RECORDED"] as const) {
    const reasons = recorded
      .filter((r) => r.bidId === bidId && r.assessorId === assessorId && r.type === type)
      .map((r) => r.reason);
    if (reasons.length > 0) found.push({ type, reason: reasons.join("; ") });
  }
  return found;
}

function byTypeOrder(a: FoundConflict, b: FoundConflict): number {
  return CONFLICT_TYPE_ORDER.indexOf(a.type) - CONFLICT_TYPE_ORDER.indexOf(b.type);
}

function findPreparedConflicts(
  assessor: AssessorRecord,
  bid: PreparedBid,
  recorded: readonly RecordedConflict[],
): FoundConflict[] {
  return [
    ...appointmentConflicts(assessor, bid),
    ...declarationConflict(assessor, bid),
    ...recordedConflicts(recorded, bid.bidId, assessor.assessorId),
  ].sort(byTypeOrder);
}

/**
 * Every conflict between one assessor and one bid, at most one per type, in the enum's order. An
 * appointment counts whatever its dates ("holds or held"); one at an organisation that is both in
 * the footprint and a partner counts once, as in the footprint.
 */
export function findConflicts({
  assessor,
  bid,
  recorded = [],
}: {
  assessor: AssessorRecord;
  bid: BidRecord;
  recorded?: readonly RecordedConflict[];
}): FoundConflict[] {
  return findPreparedConflicts(assessor, prepareBid(bid), recorded);
}

export type ConflictIndex = {
  /** The conflicts between this bid and assessor (empty when none). */
  get(bidId: string, assessorId: string): FoundConflict[];
  isConflicted(bidId: string, assessorId: string): boolean;
  /** The bids this assessor is conflicted with. */
  conflictedBidIds(assessorId: string): Set<string>;
};

/** Every bid against every assessor of a round, for callers that check the whole round at once. */
export function indexConflicts({
  assessors,
  bids,
  recorded = [],
}: {
  assessors: readonly AssessorRecord[];
  bids: readonly BidRecord[];
  recorded?: readonly RecordedConflict[];
}): ConflictIndex {
  const recordedByPair = new Map<string, RecordedConflict[]>();
  for (const r of recorded) {
    const key = pairKey(r.bidId, r.assessorId);
    recordedByPair.set(key, [...(recordedByPair.get(key) ?? []), r]);
  }
  const byPair = new Map<string, FoundConflict[]>();
  const byAssessor = new Map<string, Set<string>>();
  for (const bid of bids) {
    const prepared = prepareBid(bid);
    for (const assessor of assessors) {
      const key = pairKey(bid.bidId, assessor.assessorId);
      const conflicts = findPreparedConflicts(assessor, prepared, recordedByPair.get(key) ?? []);
      if (conflicts.length === 0) continue;
      byPair.set(key, conflicts);
      const conflicted = byAssessor.get(assessor.assessorId) ?? new Set<string>();
      conflicted.add(bid.bidId);
      byAssessor.set(assessor.assessorId, conflicted);
    }
  }
  return {
    get: (bidId, assessorId) => [...(byPair.get(pairKey(bidId, assessorId)) ?? [])],
    isConflicted: (bidId, assessorId) => byPair.has(pairKey(bidId, assessorId)),
    conflictedBidIds: (assessorId) => new Set(byAssessor.get(assessorId)),
  };
}

function pairKey(bidId: string, assessorId: string): string {
  return `${bidId}\u0000${assessorId}`;
}
