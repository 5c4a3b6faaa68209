import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { loadEditableBid } from "./load-editable-bid";
import { staleBid } from "./save-budget";

/** Organisations in the directory a bid may name as partners: those linked to its footprint. */
export async function listPartnerChoices({ footprintId }: { footprintId: string }) {
  return prisma.organisation.findMany({
    where: { closedOn: null, footprints: { some: { footprintId } } },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true },
  });
}

/** Replaces the bid's partner organisations, conditional on the bid's version. */
export async function savePartners({
  actor,
  bidId,
  version,
  organisationIds,
  now = new Date(),
}: {
  actor: Actor;
  bidId: string;
  version: number;
  organisationIds: string[];
  now?: Date;
}): Promise<{ version: number }> {
  return prisma.$transaction(async (tx) => {
    const bid = await loadEditableBid(tx, { actor, bidId, now });
    const ids = [...new Set(organisationIds)];
    const known = await tx.organisation.count({
      where: { id: { in: ids }, footprints: { some: { footprintId: bid.footprintId } } },
    });
    if (known !== ids.length)
      throw new DomainError({
        code: "NOT_FOUND",
        field: "organisationIds",
        message: "Choose partner organisations from the list",
      });
    const before = await tx.bidPartner.findMany({
      where: { bidId },
      select: { organisationId: true },
    });
    const { count } = await tx.bid.updateMany({
      where: { id: bidId, version, state: "DRAFT" },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw staleBid(bid.version);
    await tx.bidPartner.deleteMany({ where: { bidId, organisationId: { notIn: ids } } });
    await tx.bidPartner.createMany({
      data: ids.map((organisationId) => ({ bidId, organisationId })),
      skipDuplicates: true,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "bid.partners_saved",
      entityType: "Bid",
      entityId: bidId,
      before: { organisationIds: before.map((p) => p.organisationId) },
      after: { organisationIds: ids },
    });
    return { version: version + 1 };
  });
}
