import "server-only";
import type { Actor } from "../auth/session";
import { DomainError } from "../errors/domain-error";
import type { Prisma } from "../generated/prisma/client";
import { bidEditableBy } from "./bid-access";
import { roundTakesBids } from "./bid-rules";

/**
 * Inside a write's transaction: the bid if the actor is one of its authors, it is still a draft
 * and its round takes bids at `now`. Refusals: NOT_FOUND (not theirs), INVALID_STATE (submitted
 * or withdrawn), DEADLINE_PASSED (the round has closed: the draft stays readable).
 */
export async function loadEditableBid(
  tx: Prisma.TransactionClient,
  { actor, bidId, now }: { actor: Actor; bidId: string; now: Date },
) {
  const bid = await tx.bid.findFirst({
    where: { AND: [{ id: bidId }, bidEditableBy(actor)] },
    select: {
      id: true,
      title: true,
      state: true,
      version: true,
      leadUserId: true,
      footprintId: true,
      amountRequestedPence: true,
      round: { select: { state: true, opensAt: true, closesAt: true } },
    },
  });
  if (!bid) throw new DomainError({ code: "NOT_FOUND", message: "Bid not found" });
  assertRoundTakesBids({ round: bid.round, now });
  if (bid.state !== "DRAFT")
    throw new DomainError({
      code: "INVALID_STATE",
      message: "This bid has been submitted, so it can no longer be changed",
    });
  return bid;
}

export function assertRoundTakesBids({
  round,
  now,
}: {
  round: { state: string; opensAt: Date; closesAt: Date };
  now: Date;
}) {
  const window = roundTakesBids({ ...round, now });
  if (window === "closed")
    throw new DomainError({
      code: "DEADLINE_PASSED",
      message:
        "The round has closed, so bids can no longer be changed or submitted. Your draft is kept and you can still read it.",
    });
  if (window === "not-open-yet")
    throw new DomainError({ code: "INVALID_STATE", message: "The round is not open for bids yet" });
}
