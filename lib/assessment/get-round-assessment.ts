import "server-only";
import type { Actor } from "../auth/session";
import { loadConflictIndex } from "../conflicts/load-conflict-index";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { requireProgrammeAdmin } from "./assessment-access";

/**
 * The programme admins' view of a round's assessment: every submitted bid with its assessors,
 * their reviews' progress and its conflicts (with reasons), and every assessor with their load.
 */
export async function getRoundAssessment({
  actor,
  roundId,
  now = new Date(),
}: {
  actor: Actor;
  roundId: string;
  now?: Date;
}) {
  requireProgrammeAdmin(actor);
  const round = await prisma.fundingRound.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      slug: true,
      title: true,
      state: true,
      assessorsPerBid: true,
      bids: {
        where: { state: { in: ["SUBMITTED", "SHORTLISTED", "FUNDED", "DECLINED"] } },
        orderBy: { title: "asc" },
        select: {
          id: true,
          title: true,
          footprint: { select: { name: true, region: { select: { name: true } } } },
          reviewAssignments: {
            where: { endedAt: null },
            orderBy: { assignedAt: "asc" },
            select: {
              id: true,
              dueAt: true,
              assessor: { select: { id: true, name: true } },
              review: { select: { id: true, state: true, submittedAt: true } },
            },
          },
        },
      },
    },
  });
  if (!round) throw new DomainError({ code: "NOT_FOUND", message: "Round not found" });
  const assessors = await prisma.user.findMany({
    where: { disabledAt: null, roleGrants: { some: { role: "ASSESSOR" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });
  const conflicts = await loadConflictIndex({
    bidIds: round.bids.map((b) => b.id),
    assessorIds: assessors.map((a) => a.id),
  });
  const names = new Map(assessors.map((a) => [a.id, a.name]));
  const load = new Map(assessors.map((a) => [a.id, { current: 0, submitted: 0 }]));
  const bids = round.bids.map((bid) => {
    const assignments = bid.reviewAssignments.map((a) => {
      const entry = load.get(a.assessor.id);
      if (entry) {
        entry.current += 1;
        if (a.review?.state === "SUBMITTED") entry.submitted += 1;
      }
      const submittedAt = a.review?.state === "SUBMITTED" ? a.review.submittedAt : null;
      return {
        id: a.id,
        dueAt: a.dueAt,
        assessor: a.assessor,
        reviewId: a.review?.id ?? null,
        state: a.review?.state ?? ("NOT_STARTED" as const),
        submittedAt,
        late: a.dueAt !== null && (submittedAt ? submittedAt > a.dueAt : now > a.dueAt),
      };
    });
    const assigned = new Set(assignments.map((a) => a.assessor.id));
    const bidConflicts = assessors
      .map((a) => ({
        assessorId: a.id,
        assessorName: a.name,
        conflicts: conflicts.get(bid.id, a.id),
      }))
      .filter((c) => c.conflicts.length);
    const conflicted = new Set(bidConflicts.map((c) => c.assessorId));
    return {
      id: bid.id,
      title: bid.title,
      footprintName: bid.footprint.name,
      regionName: bid.footprint.region.name,
      assignments,
      submitted: assignments.filter((a) => a.state === "SUBMITTED").length,
      conflicts: bidConflicts,
      /** Assessors an admin could still add: not on the bid and not conflicted with it. */
      available: assessors
        .filter((a) => !assigned.has(a.id) && !conflicted.has(a.id))
        .map((a) => ({ id: a.id, name: names.get(a.id)! })),
    };
  });
  return {
    round,
    bids,
    assessors: assessors.map((a) => ({ ...a, ...load.get(a.id)! })),
  };
}

export type RoundAssessment = Awaited<ReturnType<typeof getRoundAssessment>>;
