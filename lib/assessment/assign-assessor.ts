import "server-only";
import type { Actor } from "../auth/session";
import { loadConflictIndex } from "../conflicts/load-conflict-index";
import { recordDetectedConflicts } from "../conflicts/record-detected-conflicts";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { Prisma } from "../generated/prisma/client";
import { notify } from "../notifications/notify";
import { isAssignable, requireProgrammeAdmin } from "./assessment-access";
import { createReviewAssignment } from "./create-review-assignment";

/**
 * A programme admin assigns one assessor to one submitted bid by hand. A conflicted assessor is
 * refused with the conflict's reason, and the conflict is kept on record (docs/domain.md,
 * "Conflict of interest": a conflicted assessor is never assigned to that bid).
 */
export async function assignAssessor({
  actor,
  bidId,
  assessorId,
  dueAt = null,
}: {
  actor: Actor;
  bidId: string;
  assessorId: string;
  dueAt?: Date | null;
}): Promise<{ assignmentId: string }> {
  requireProgrammeAdmin(actor);
  let outcome: { refusal: string } | { assignmentId: string };
  try {
    outcome = await prisma.$transaction(async (tx) => {
      // Under the bid's lock, so a declaration or another assignment cannot slip in between.
      await tx.$queryRaw`SELECT id FROM "Bid" WHERE id = ${bidId} FOR UPDATE`;
      const bid = await tx.bid.findUnique({
        where: { id: bidId },
        select: { id: true, title: true, state: true, round: { select: { state: true } } },
      });
      if (!bid) throw new DomainError({ code: "NOT_FOUND", message: "Bid not found" });
      if (bid.state !== "SUBMITTED")
        throw new DomainError({
          code: "INVALID_STATE",
          message: "Only submitted bids are assessed",
        });
      if (!isAssignable(bid.round.state))
        throw new DomainError({
          code: "INVALID_STATE",
          message: "Assessors are assigned after the round closes and before decisions are made",
        });
      const assessor = await tx.user.findFirst({
        where: {
          id: assessorId,
          disabledAt: null,
          roleGrants: { some: { role: "ASSESSOR" } },
        },
        select: { id: true },
      });
      if (!assessor)
        throw new DomainError({
          code: "NOT_FOUND",
          field: "assessorId",
          message: "Choose an assessor from the list",
        });
      const conflicts = await loadConflictIndex({
        db: tx,
        bidIds: [bidId],
        assessorIds: [assessorId],
      });
      const found = conflicts.get(bidId, assessorId);
      if (found.length) {
        // Committed although the assignment is refused: it is the record of why.
        await recordDetectedConflicts(tx, {
          actorId: actor.id,
          found: [{ bidId, assessorId, conflicts: found }],
        });
        return { refusal: found.map((c) => c.reason).join(". ") };
      }
      const assignment = await createReviewAssignment(tx, {
        actorId: actor.id,
        bidId,
        assessorId,
        dueAt,
        automatic: false,
      });
      await notify(tx, {
        userIds: [assessorId],
        kind: "review.assigned",
        title: "A bid has been assigned to you",
        body: `You have been asked to assess "${bid.title}".`,
        link: `/assessments/${bidId}`,
      });
      return { assignmentId: assignment.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new DomainError({
        code: "ALREADY_EXISTS",
        field: "assessorId",
        message: "This assessor is already assigned to this bid",
      });
    throw error;
  }
  if ("refusal" in outcome)
    throw new DomainError({
      code: "CONFLICT_OF_INTEREST",
      field: "assessorId",
      message: `This assessor has a conflict of interest with this bid: ${outcome.refusal}`,
    });
  return { assignmentId: outcome.assignmentId };
}
