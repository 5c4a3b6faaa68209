import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { Prisma } from "../generated/prisma/client";
import { currentAppointmentIn } from "./bid-access";
import { assertRoundTakesBids } from "./load-editable-bid";
import { BID_SECTIONS } from "./sections";

/**
 * Starts a footprint's bid into an open round, led by the actor, who must hold a current
 * appointment in the footprint. One live bid per footprint per round: the database's partial
 * unique index decides when two members start one at once.
 */
export async function startBid({
  actor,
  roundId,
  footprintId,
  title,
  now = new Date(),
}: {
  actor: Actor;
  roundId: string;
  footprintId: string;
  title: string;
  now?: Date;
}): Promise<{ bidId: string }> {
  try {
    return await prisma.$transaction(async (tx) => {
      const round = await tx.fundingRound.findUnique({
        where: { id: roundId },
        select: { id: true, state: true, opensAt: true, closesAt: true },
      });
      if (!round || round.state === "DRAFT")
        throw new DomainError({ code: "NOT_FOUND", message: "Round not found" });
      assertRoundTakesBids({ round, now });
      const eligible =
        actor.personId &&
        (await tx.person.count({
          where: { id: actor.personId, ...currentAppointmentIn({ footprintId, now }) },
        }));
      if (!eligible)
        throw new DomainError({
          code: "FORBIDDEN",
          field: "footprintId",
          message: "You can only start a bid for a footprint where you hold a current appointment",
        });
      const existing = await tx.bid.findFirst({
        where: { roundId, footprintId, state: { not: "WITHDRAWN" } },
        select: { id: true },
      });
      if (existing) throw alreadyExists();
      const bid = await tx.bid.create({
        data: {
          roundId,
          footprintId,
          title,
          leadUserId: actor.id,
          sections: { create: BID_SECTIONS.map((s) => ({ key: s.key })) },
        },
        select: { id: true, state: true, title: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "bid.started",
        entityType: "Bid",
        entityId: bid.id,
        after: { state: bid.state, title: bid.title, roundId, footprintId },
      });
      return { bidId: bid.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw alreadyExists();
    throw error;
  }
}

function alreadyExists() {
  return new DomainError({
    code: "ALREADY_EXISTS",
    field: "footprintId",
    message:
      "This footprint already has a bid in this round. Ask its lead to add you as a co-author.",
  });
}
