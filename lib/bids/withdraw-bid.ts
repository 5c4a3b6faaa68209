import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { formatUkDateTime } from "../format/dates";
import { notify } from "../notifications/notify";
import { bidReadableBy } from "./bid-access";
import { assertRoundTakesBids } from "./load-editable-bid";

/**
 * The lead withdraws a submitted bid, before the deadline only (after it, the bid is being
 * assessed). A withdrawn bid frees the footprint to start another.
 */
export async function withdrawBid({
  actor,
  bidId,
  now = new Date(),
}: {
  actor: Actor;
  bidId: string;
  now?: Date;
}): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const bid = await tx.bid.findFirst({
      where: { AND: [{ id: bidId }, bidReadableBy(actor)] },
      select: {
        id: true,
        title: true,
        state: true,
        version: true,
        leadUserId: true,
        round: { select: { title: true, state: true, opensAt: true, closesAt: true } },
        footprint: { select: { name: true } },
        coAuthors: { select: { userId: true } },
      },
    });
    const isAuthor =
      bid && (bid.leadUserId === actor.id || bid.coAuthors.some((c) => c.userId === actor.id));
    if (!bid || !isAuthor) throw new DomainError({ code: "NOT_FOUND", message: "Bid not found" });
    if (bid.leadUserId !== actor.id)
      throw new DomainError({
        code: "FORBIDDEN",
        message: "Only the bid's lead can withdraw it",
      });
    assertRoundTakesBids({ round: bid.round, now });
    const { count } = await tx.bid.updateMany({
      where: { id: bidId, state: "SUBMITTED" },
      data: { state: "WITHDRAWN", withdrawnAt: now, version: { increment: 1 } },
    });
    if (count === 0)
      throw new DomainError({
        code: "INVALID_STATE",
        message: "Only a submitted bid can be withdrawn",
      });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "bid.withdrawn",
      entityType: "Bid",
      entityId: bidId,
      before: { state: bid.state, version: bid.version },
      after: { state: "WITHDRAWN", version: bid.version + 1, withdrawnAt: now.toISOString() },
    });
    await notify(tx, {
      userIds: [bid.leadUserId, ...bid.coAuthors.map((c) => c.userId)],
      kind: "bid.withdrawn",
      title: `Bid withdrawn: ${bid.title}`,
      body: `${actor.name} withdrew ${bid.footprint.name}'s bid to ${bid.round.title} on ${formatUkDateTime(now)}.`,
      link: `/bids/${bidId}`,
    });
  });
}
