import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import type { Prisma } from "../generated/prisma/client";
import type { BidState } from "../generated/prisma/enums";
import { budgetTotal } from "./bid-rules";

export const BID_SORTS = {
  submitted: "Submitted, newest first",
  footprint: "Footprint, A to Z",
  amount: "Amount requested, largest first",
  updated: "Last changed, newest first",
} as const;
export type BidSort = keyof typeof BID_SORTS;

const ORDER: Record<BidSort, Prisma.BidOrderByWithRelationInput[]> = {
  submitted: [{ submittedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }],
  footprint: [{ footprint: { name: "asc" } }],
  amount: [{ amountRequestedPence: "desc" }, { footprint: { name: "asc" } }],
  updated: [{ updatedAt: "desc" }],
};

/** Every bid, for programme admins only, filtered by round, state and footprint name, sorted. */
export async function listBidsForAdmin({
  actor,
  roundId,
  state,
  search,
  sort = "submitted",
}: {
  actor: Actor;
  roundId?: string;
  state?: BidState;
  search?: string;
  sort?: BidSort;
}) {
  if (!actor.roles.has("PROGRAMME_ADMIN"))
    throw new DomainError({ code: "NOT_FOUND", message: "Not found" });
  const bids = await prisma.bid.findMany({
    where: {
      roundId: roundId || undefined,
      state: state || undefined,
      footprint: search ? { name: { contains: search, mode: "insensitive" } } : undefined,
    },
    orderBy: ORDER[sort],
    select: {
      id: true,
      title: true,
      state: true,
      amountRequestedPence: true,
      submittedAt: true,
      withdrawnAt: true,
      updatedAt: true,
      footprint: { select: { name: true, kind: true, region: { select: { name: true } } } },
      round: { select: { title: true } },
      leadUser: { select: { name: true, email: true } },
      _count: { select: { coAuthors: true, partners: true } },
      budgetLines: { select: { amountPence: true } },
      sections: { select: { body: true } },
    },
  });
  return bids.map(({ budgetLines, sections, ...bid }) => ({
    ...bid,
    budgetTotalPence: budgetTotal(budgetLines),
    answered: sections.filter((s) => s.body.trim()).length,
  }));
}

export async function listRoundsForFilter() {
  return prisma.fundingRound.findMany({
    orderBy: { opensAt: "desc" },
    select: { id: true, title: true },
  });
}
