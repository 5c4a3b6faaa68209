import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { loadEditableBid } from "./load-editable-bid";

/**
 * Saves the amount requested and the budget lines (replacing the old lines), conditional on the
 * bid's version so that two authors editing the budget at once cannot both win. Whether the lines
 * add up to the amount is checked at submission, so a half-finished budget can still be saved.
 */
export async function saveBudget({
  actor,
  bidId,
  version,
  amountRequestedPence,
  lines,
  now = new Date(),
}: {
  actor: Actor;
  bidId: string;
  version: number;
  amountRequestedPence: number;
  lines: { description: string; amountPence: number }[];
  now?: Date;
}): Promise<{ version: number }> {
  return prisma.$transaction(async (tx) => {
    const bid = await loadEditableBid(tx, { actor, bidId, now });
    const beforeLines = await tx.budgetLine.findMany({
      where: { bidId },
      orderBy: { position: "asc" },
      select: { description: true, amountPence: true },
    });
    const { count } = await tx.bid.updateMany({
      where: { id: bidId, version, state: "DRAFT" },
      data: { amountRequestedPence, version: { increment: 1 } },
    });
    if (count === 0) throw staleBid(bid.version);
    await tx.budgetLine.deleteMany({ where: { bidId } });
    await tx.budgetLine.createMany({
      data: lines.map((line, position) => ({ bidId, ...line, position })),
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "bid.budget_saved",
      entityType: "Bid",
      entityId: bidId,
      before: { amountRequestedPence: bid.amountRequestedPence, lines: beforeLines },
      after: { amountRequestedPence, lines },
    });
    return { version: version + 1 };
  });
}

export function staleBid(current: number) {
  return new DomainError({
    code: "STALE_WRITE",
    message: `Someone else changed this bid while you were editing it (it is now at version ${current}). Your changes were not saved: reload the page to see theirs, then make yours again.`,
  });
}
