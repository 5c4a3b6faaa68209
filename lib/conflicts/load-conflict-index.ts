import "server-only";
import { prisma } from "../db/prisma";
import type { Prisma } from "../generated/prisma/client";
import {
  indexConflicts,
  type AssessorRecord,
  type BidRecord,
  type ConflictIndex,
  type RecordedConflict,
} from "./find-conflicts";

type Db = Prisma.TransactionClient | typeof prisma;

/**
 * Conflicts between the given assessors and bids, found afresh from the registers every time
 * (docs/domain.md, "Conflict of interest"): an appointment or declaration added today counts at
 * once, without waiting for a stored row. Declared and admin-recorded conflicts come from the
 * Conflict table. A bid's footprint includes the ICPs inside it.
 */
export async function loadConflictIndex({
  db = prisma,
  bidIds,
  assessorIds,
}: {
  db?: Db;
  bidIds: readonly string[];
  assessorIds: readonly string[];
}): Promise<ConflictIndex> {
  const [users, bids, recorded] = await Promise.all([
    assessorIds.length
      ? db.user.findMany({
          where: { id: { in: [...assessorIds] } },
          select: {
            id: true,
            person: {
              select: {
                appointments: {
                  select: {
                    organisationId: true,
                    role: true,
                    title: true,
                    startsOn: true,
                    endsOn: true,
                    organisation: { select: { name: true } },
                  },
                },
                declarations: {
                  select: {
                    organisationId: true,
                    partyName: true,
                    description: true,
                    organisation: { select: { name: true } },
                  },
                },
              },
            },
          },
        })
      : [],
    bidIds.length
      ? db.bid.findMany({
          where: { id: { in: [...bidIds] } },
          select: {
            id: true,
            footprint: {
              select: {
                name: true,
                organisations: { select: { organisation: { select: { id: true, name: true } } } },
                children: {
                  select: {
                    organisations: {
                      select: { organisation: { select: { id: true, name: true } } },
                    },
                  },
                },
              },
            },
            partners: { select: { organisation: { select: { id: true, name: true } } } },
          },
        })
      : [],
    bidIds.length && assessorIds.length
      ? db.conflict.findMany({
          where: {
            bidId: { in: [...bidIds] },
            assessorId: { in: [...assessorIds] },
            type: { in: ["SELF_DECLARED", "ADMIN_RECORDED"] },
          },
          select: { bidId: true, assessorId: true, type: true, reason: true },
        })
      : [],
  ]);

  const assessors: AssessorRecord[] = users.map((user) => ({
    assessorId: user.id,
    appointments: (user.person?.appointments ?? []).map((a) => ({
      organisationId: a.organisationId,
      organisationName: a.organisation.name,
      role: a.role,
      title: a.title,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
    })),
    declarations: (user.person?.declarations ?? []).map((d) => ({
      organisationId: d.organisationId,
      organisationName: d.organisation?.name ?? null,
      partyName: d.partyName,
      description: d.description,
    })),
  }));
  const bidRecords: BidRecord[] = bids.map((bid) => {
    const organisations = new Map<string, string>();
    for (const link of [
      ...bid.footprint.organisations,
      ...bid.footprint.children.flatMap((child) => child.organisations),
    ])
      organisations.set(link.organisation.id, link.organisation.name);
    return {
      bidId: bid.id,
      footprintName: bid.footprint.name,
      footprintOrganisations: organisations,
      partners: bid.partners.map((p) => ({
        organisationId: p.organisation.id,
        name: p.organisation.name,
      })),
    };
  });
  return indexConflicts({
    assessors,
    bids: bidRecords,
    recorded: recorded.map((r): RecordedConflict => ({
      bidId: r.bidId,
      assessorId: r.assessorId,
      type: r.type as RecordedConflict["type"],
      reason: r.reason,
    })),
  });
}
