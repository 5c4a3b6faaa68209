import "server-only";
import { requireProgrammeAdmin } from "../assessment/assessment-access";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import type { Prisma } from "../generated/prisma/client";
import { awardProblem, limitsProblem } from "./decision-rules";

export type DecisionInput = {
  bidId: string;
  outcome: "FUNDED" | "DECLINED";
  amountAwardedPence: number;
  rationale: string;
  /** The decision's version the admin saw, or 0 when there was none. */
  version: number;
};

/**
 * Records or changes the decision on one bid, with who decided and when, while the round is in
 * assessment. Runs under the round's lock so the places and budget are checked against every
 * other decision as it stands.
 */
export async function recordDecision({
  actor,
  decision,
}: {
  actor: Actor;
  decision: DecisionInput;
}): Promise<{ roundId: string }> {
  requireProgrammeAdmin(actor);
  return prisma.$transaction(async (tx) => {
    const bid = await tx.bid.findUnique({
      where: { id: decision.bidId },
      select: { roundId: true },
    });
    if (!bid) throw new DomainError({ code: "NOT_FOUND", message: "Bid not found" });
    await writeDecisions(tx, { actorId: actor.id, roundId: bid.roundId, decisions: [decision] });
    return { roundId: bid.roundId };
  });
}

/** Writes decisions for bids of one round in the caller's transaction, each audited. */
export async function writeDecisions(
  tx: Prisma.TransactionClient,
  {
    actorId,
    roundId,
    decisions,
    now = new Date(),
  }: { actorId: string; roundId: string; decisions: readonly DecisionInput[]; now?: Date },
): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "FundingRound" WHERE id = ${roundId} FOR UPDATE`;
  const round = await tx.fundingRound.findUniqueOrThrow({
    where: { id: roundId },
    select: {
      state: true,
      pilotPlaces: true,
      budgetPence: true,
      bids: {
        where: { state: "SUBMITTED" },
        select: {
          id: true,
          amountRequestedPence: true,
          decision: {
            select: {
              id: true,
              outcome: true,
              amountAwardedPence: true,
              rationale: true,
              version: true,
            },
          },
        },
      },
    },
  });
  if (round.state !== "IN_ASSESSMENT")
    throw new DomainError({
      code: "INVALID_STATE",
      message: "Decisions are recorded while the round is in assessment",
    });
  const bids = new Map(round.bids.map((b) => [b.id, b]));
  for (const d of decisions) {
    const bid = bids.get(d.bidId);
    if (!bid)
      throw new DomainError({
        code: "NOT_FOUND",
        message: "That bid is not assessed in this round",
      });
    const problem = awardProblem({ ...d, amountRequestedPence: bid.amountRequestedPence });
    if (problem)
      throw new DomainError({ code: "INVALID_STATE", field: "amount", message: problem });
    if ((bid.decision?.version ?? 0) !== d.version)
      throw new DomainError({
        code: "STALE_WRITE",
        message:
          "Someone else recorded a decision on this bid meanwhile. Reload the page to see it, then decide again.",
      });
  }
  const after = round.bids.map((b) => {
    const d = decisions.find((x) => x.bidId === b.id);
    return {
      bidId: b.id,
      amountRequestedPence: b.amountRequestedPence,
      decision: d ?? b.decision,
    };
  });
  const limits = limitsProblem({
    bids: after,
    pilotPlaces: round.pilotPlaces,
    budgetPence: round.budgetPence,
  });
  if (limits) throw new DomainError({ code: "INVALID_STATE", message: limits });

  for (const d of decisions) {
    const before = bids.get(d.bidId)!.decision;
    const data = {
      outcome: d.outcome,
      amountAwardedPence: d.amountAwardedPence,
      rationale: d.rationale,
      decidedById: actorId,
      decidedAt: now,
    };
    const saved = before
      ? await tx.decision.update({
          where: { id: before.id },
          data: { ...data, version: { increment: 1 } },
          select: { id: true },
        })
      : await tx.decision.create({ data: { bidId: d.bidId, ...data }, select: { id: true } });
    await recordAuditEvent(tx, {
      actorId,
      action: before ? "decision.changed" : "decision.recorded",
      entityType: "Decision",
      entityId: saved.id,
      before: before
        ? {
            outcome: before.outcome,
            amountAwardedPence: before.amountAwardedPence,
            rationale: before.rationale,
          }
        : undefined,
      after: {
        bidId: d.bidId,
        outcome: d.outcome,
        amountAwardedPence: d.amountAwardedPence,
        rationale: d.rationale,
      },
    });
  }
}
