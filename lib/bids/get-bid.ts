import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { bidReadableBy } from "./bid-access";
import { roundTakesBids } from "./bid-rules";
import { BID_SECTIONS } from "./sections";

/**
 * A bid with everything its pages show, for someone who may read it; NOT_FOUND otherwise (the
 * same answer as for a bid that does not exist). `canEdit` is true for its authors while it is a
 * draft and the round takes bids; drafts stay readable after the close.
 */
export async function getBid({
  actor,
  bidId,
  now = new Date(),
}: {
  actor: Actor;
  bidId: string;
  now?: Date;
}) {
  const bid = await prisma.bid.findFirst({
    where: { AND: [{ id: bidId }, bidReadableBy(actor)] },
    select: {
      id: true,
      title: true,
      state: true,
      version: true,
      amountRequestedPence: true,
      declarationAccepted: true,
      submittedAt: true,
      withdrawnAt: true,
      createdAt: true,
      updatedAt: true,
      leadUserId: true,
      leadUser: { select: { id: true, name: true, email: true } },
      footprint: { select: { id: true, name: true, kind: true } },
      round: {
        select: {
          id: true,
          slug: true,
          title: true,
          state: true,
          opensAt: true,
          closesAt: true,
        },
      },
      sections: {
        select: {
          key: true,
          body: true,
          version: true,
          updatedAt: true,
          updatedBy: { select: { name: true } },
        },
      },
      coAuthors: {
        orderBy: { addedAt: "asc" },
        select: { addedAt: true, user: { select: { id: true, name: true, email: true } } },
      },
      partners: {
        orderBy: { organisation: { name: "asc" } },
        select: { role: true, organisation: { select: { id: true, name: true, kind: true } } },
      },
      budgetLines: {
        orderBy: { position: "asc" },
        select: { id: true, description: true, amountPence: true },
      },
    },
  });
  if (!bid) throw new DomainError({ code: "NOT_FOUND", message: "Bid not found" });
  const isAuthor = bid.leadUserId === actor.id || bid.coAuthors.some((c) => c.user.id === actor.id);
  const window = roundTakesBids({ ...bid.round, now });
  // Every bid has a row per section (start-bid creates them); an absent one reads as unanswered.
  const sections = BID_SECTIONS.map((spec) => {
    const row = bid.sections.find((s) => s.key === spec.key);
    return {
      ...spec,
      body: row?.body ?? "",
      version: row?.version ?? 1,
      updatedAt: row?.updatedAt ?? null,
      updatedByName: row?.updatedBy?.name ?? null,
    };
  });
  return {
    ...bid,
    sections,
    isAuthor,
    isLead: bid.leadUserId === actor.id,
    window,
    canEdit: isAuthor && bid.state === "DRAFT" && window === "open",
    canWithdraw: bid.leadUserId === actor.id && bid.state === "SUBMITTED" && window === "open",
  };
}

export type BidView = Awaited<ReturnType<typeof getBid>>;
