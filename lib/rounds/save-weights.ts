import "server-only";
import { requireProgrammeAdmin } from "../assessment/assessment-access";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";

/**
 * Saves new criteria weights. Unlike the criteria themselves (frozen once reviews exist, so
 * scores keep their meaning), weights only combine the scores, so they may change during
 * assessment, until the first decision is recorded: after that the ranking the decisions rest on
 * must stay as it was (issue 5, "What-if").
 */
export async function saveWeights({
  actor,
  roundId,
  version,
  weights,
}: {
  actor: Actor;
  roundId: string;
  version: number;
  weights: Record<string, number>;
}): Promise<void> {
  requireProgrammeAdmin(actor);
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "FundingRound" WHERE id = ${roundId} FOR UPDATE`;
    const round = await tx.fundingRound.findUnique({
      where: { id: roundId },
      select: {
        state: true,
        version: true,
        criteria: { select: { id: true, name: true, weight: true } },
      },
    });
    if (!round) throw new DomainError({ code: "NOT_FOUND", message: "Round not found" });
    const decisions = await tx.decision.count({ where: { bid: { roundId } } });
    if (decisions > 0 || round.state === "DECIDED" || round.state === "PUBLISHED")
      throw new DomainError({
        code: "INVALID_STATE",
        message:
          "Weights can no longer be saved: decisions have been recorded on the ranking they produced",
      });
    if (round.version !== version)
      throw new DomainError({
        code: "STALE_WRITE",
        message: "Someone else changed this round meanwhile. Reload the page and try again.",
      });
    const known = new Set(round.criteria.map((c) => c.id));
    if (
      Object.keys(weights).some((id) => !known.has(id)) ||
      known.size !== Object.keys(weights).length
    )
      throw new DomainError({ code: "INVALID_STATE", message: "Set a weight for every criterion" });
    for (const criterion of round.criteria)
      await tx.criterion.update({
        where: { id: criterion.id },
        data: { weight: weights[criterion.id] },
      });
    await tx.fundingRound.update({ where: { id: roundId }, data: { version: { increment: 1 } } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "round.weights_saved",
      entityType: "FundingRound",
      entityId: roundId,
      before: Object.fromEntries(round.criteria.map((c) => [c.name, c.weight])),
      after: Object.fromEntries(round.criteria.map((c) => [c.name, weights[c.id]!])),
    });
  });
}
