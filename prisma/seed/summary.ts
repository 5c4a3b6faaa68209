/** What the database holds after seeding, counted whole, and how `npm run db:seed` prints it. */
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { BidState, FootprintKind, OrganisationKind } from "../../lib/generated/prisma/enums";

/** Row counts after seeding: whole tables, so rows that users added since are counted too. */
export type SeedSummary = {
  regions: number;
  footprints: Record<FootprintKind, number>;
  organisations: number;
  organisationsByKind: Record<OrganisationKind, number>;
  people: number;
  users: number;
  networks: number;
  workstreams: number;
  boardSeats: number;
  assignments: number;
  fundingRounds: number;
  bids: number;
  bidsByState: Partial<Record<BidState, number>>;
  events: number;
};

export async function countRows(db: PrismaClient): Promise<SeedSummary> {
  const [
    regions,
    footprintGroups,
    organisationGroups,
    people,
    users,
    networks,
    workstreams,
    boardSeats,
    assignments,
    fundingRounds,
    bidGroups,
    events,
  ] = await Promise.all([
    db.region.count(),
    db.footprint.groupBy({ by: ["kind"], _count: { _all: true } }),
    db.organisation.groupBy({ by: ["kind"], _count: { _all: true } }),
    db.person.count(),
    db.user.count(),
    db.network.count(),
    db.workstream.count(),
    db.boardSeat.count(),
    db.assignment.count(),
    db.fundingRound.count(),
    db.bid.groupBy({ by: ["state"], _count: { _all: true } }),
    db.event.count(),
  ]);
  const footprints = { ICS: 0, STP: 0, ICP: 0 } as Record<FootprintKind, number>;
  for (const group of footprintGroups) footprints[group.kind] = group._count._all;
  const organisationsByKind = Object.fromEntries(
    Object.values(OrganisationKind).map((kind) => [kind, 0]),
  ) as Record<OrganisationKind, number>;
  for (const group of organisationGroups) organisationsByKind[group.kind] = group._count._all;
  const bidsByState: Partial<Record<BidState, number>> = {};
  for (const group of bidGroups) bidsByState[group.state] = group._count._all;
  return {
    regions,
    footprints,
    organisations: Object.values(organisationsByKind).reduce((sum, n) => sum + n, 0),
    organisationsByKind,
    people,
    users,
    networks,
    workstreams,
    boardSeats,
    assignments,
    fundingRounds,
    bids: Object.values(bidsByState).reduce((sum, n) => sum + n, 0),
    bidsByState,
    events,
  };
}

/** The summary as lines of text, for printing. */
export function formatSeedSummary(summary: SeedSummary): string[] {
  const byKind = (counts: Record<string, number | undefined>) =>
    Object.entries(counts)
      .filter(([, n]) => n)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(", ");
  return [
    `regions:       ${summary.regions}`,
    `footprints:    ${byKind(summary.footprints)}`,
    `organisations: ${summary.organisations} (${byKind(summary.organisationsByKind)})`,
    `people:        ${summary.people}`,
    `users:         ${summary.users}`,
    `networks:      ${summary.networks}`,
    `workstreams:   ${summary.workstreams}; board seats: ${summary.boardSeats}; assignments: ${summary.assignments}`,
    `rounds:        ${summary.fundingRounds}`,
    `bids:          ${summary.bids} (${byKind(summary.bidsByState)})`,
    `events:        ${summary.events}`,
  ];
}
