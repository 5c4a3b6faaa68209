import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import { DomainError } from "../errors/domain-error";
import type { Prisma } from "../generated/prisma/client";
import { decidedProblem } from "./decision-rules";

/** Refuses to mark a round decided until every assessed bid has a decision within the limits. */
export async function assertDecisionsComplete(
  tx: Prisma.TransactionClient,
  { roundId }: { roundId: string },
): Promise<void> {
  const round = await tx.fundingRound.findUniqueOrThrow({
    where: { id: roundId },
    select: {
      pilotPlaces: true,
      budgetPence: true,
      bids: {
        where: { state: "SUBMITTED" },
        select: {
          id: true,
          amountRequestedPence: true,
          decision: { select: { outcome: true, amountAwardedPence: true } },
        },
      },
    },
  });
  const problem = decidedProblem({
    bids: round.bids.map((b) => ({ ...b, bidId: b.id })),
    pilotPlaces: round.pilotPlaces,
    budgetPence: round.budgetPence,
  });
  if (problem) throw new DomainError({ code: "INVALID_STATE", message: problem });
}

/**
 * Publishing the outcome (docs/domain.md, "Decision ... published"): each decided bid becomes
 * funded or declined, and the network of each funded footprint becomes a pilot. A funded
 * footprint with no network yet gets one, as the pilot is the network. Everything is audited in
 * the publishing transaction.
 */
export async function applyPublication(
  tx: Prisma.TransactionClient,
  { actorId, roundId }: { actorId: string; roundId: string },
): Promise<void> {
  const bids = await tx.bid.findMany({
    where: { roundId, state: "SUBMITTED", decision: { isNot: null } },
    select: {
      id: true,
      title: true,
      footprintId: true,
      footprint: { select: { name: true } },
      decision: { select: { outcome: true } },
      sections: { where: { key: "FUNCTION_AND_MODEL" }, select: { body: true } },
    },
  });
  await recordAuditEvent(tx, {
    actorId,
    action: "round.published",
    entityType: "FundingRound",
    entityId: roundId,
    after: {
      funded: bids.filter((b) => b.decision!.outcome === "FUNDED").map((b) => b.id),
      declined: bids.filter((b) => b.decision!.outcome === "DECLINED").map((b) => b.id),
    },
  });
  for (const bid of bids) {
    const state = bid.decision!.outcome === "FUNDED" ? "FUNDED" : "DECLINED";
    await tx.bid.update({
      where: { id: bid.id },
      data: { state, version: { increment: 1 } },
    });
    await recordAuditEvent(tx, {
      actorId,
      action: "bid.outcome_published",
      entityType: "Bid",
      entityId: bid.id,
      before: { state: "SUBMITTED" },
      after: { state },
    });
    if (state !== "FUNDED") continue;
    const networks = await tx.network.findMany({
      where: { footprintId: bid.footprintId, status: { not: "CLOSED" } },
      select: { id: true, status: true },
    });
    for (const network of networks) {
      if (network.status === "PILOT") continue;
      await tx.network.update({
        where: { id: network.id },
        data: { status: "PILOT", version: { increment: 1 } },
      });
      await recordAuditEvent(tx, {
        actorId,
        action: "network.became_pilot",
        entityType: "Network",
        entityId: network.id,
        before: { status: network.status },
        after: { status: "PILOT", bidId: bid.id },
      });
    }
    if (!networks.length) {
      const purpose = bid.sections[0]?.body.trim() || bid.title;
      const network = await tx.network.create({
        data: {
          footprintId: bid.footprintId,
          name: `${bid.footprint.name} non-executive community network`,
          purpose: purpose.length > 2000 ? `${purpose.slice(0, 1997)}...` : purpose,
          status: "PILOT",
        },
        select: { id: true, name: true },
      });
      await recordAuditEvent(tx, {
        actorId,
        action: "network.created_as_pilot",
        entityType: "Network",
        entityId: network.id,
        after: { name: network.name, status: "PILOT", bidId: bid.id },
      });
    }
  }
}
