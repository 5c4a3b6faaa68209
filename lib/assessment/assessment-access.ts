import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import type { Prisma } from "../generated/prisma/client";
import { loadConflictIndex } from "../conflicts/load-conflict-index";

type Db = Prisma.TransactionClient | typeof prisma;

const NOT_FOUND = () => new DomainError({ code: "NOT_FOUND", message: "Not found" });

/** Programme admins assign, moderate, rank and decide; anyone else is answered 404. */
export function requireProgrammeAdmin(actor: Actor): void {
  if (!actor.roles.has("PROGRAMME_ADMIN")) throw NOT_FOUND();
}

/**
 * The assessor's current assignment to a bid, or NOT_FOUND: an assessor sees a bid only while
 * assigned to it and never when conflicted with it, even if the conflict arose after assignment
 * (docs/domain.md, "Conflict of interest": a conflicted assessor never sees its scores).
 */
export async function loadOwnAssignment({
  db = prisma,
  actor,
  bidId,
}: {
  db?: Db;
  actor: Actor;
  bidId: string;
}) {
  if (!actor.roles.has("ASSESSOR")) throw NOT_FOUND();
  const assignment = await db.reviewAssignment.findFirst({
    where: { bidId, assessorId: actor.id, endedAt: null },
    select: { id: true, dueAt: true, assignedAt: true },
  });
  if (!assignment) throw NOT_FOUND();
  const conflicts = await loadConflictIndex({ db, bidIds: [bidId], assessorIds: [actor.id] });
  if (conflicts.isConflicted(bidId, actor.id)) throw NOT_FOUND();
  return assignment;
}

/** Whether a round's submitted bids may be given assessors: after the close, before the decisions. */
export function isAssignable(state: string): boolean {
  return state === "CLOSED" || state === "IN_ASSESSMENT";
}

/** Reviews are written while the round is in assessment. */
export function assertScoringOpen(state: string): void {
  if (state !== "IN_ASSESSMENT")
    throw new DomainError({
      code: "INVALID_STATE",
      message:
        state === "CLOSED"
          ? "Scoring has not started yet: the programme team starts the assessment when every bid has its assessors"
          : "Scoring has ended for this round: reviews can no longer be changed",
    });
}
