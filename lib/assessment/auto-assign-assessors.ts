import "server-only";
import type { Actor } from "../auth/session";
import { loadConflictIndex } from "../conflicts/load-conflict-index";
import { recordDetectedConflicts } from "../conflicts/record-detected-conflicts";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { notify } from "../notifications/notify";
import { isAssignable, requireProgrammeAdmin } from "./assessment-access";
import { createReviewAssignment } from "./create-review-assignment";
import { planAssignments } from "./plan-assignments";

export type AutoAssignResult = {
  created: number;
  unfilled: { bidId: string; title: string; missing: number; reason: string }[];
};

/**
 * Gives every submitted bid in the round the round's number of assessors, spreading the load
 * evenly and never assigning a conflicted assessor (lib/assessment/plan-assignments.ts), and says
 * which bids it could not fill and why. An assessor an admin took off a bid is not put back on it
 * automatically. Runs under a lock on the round, so two admins pressing at once assign once.
 */
export async function autoAssignAssessors({
  actor,
  roundId,
  dueAt = null,
  assessorIds: panel,
  dryRun = false,
}: {
  actor: Actor;
  roundId: string;
  dueAt?: Date | null;
  /** The assessors to draw on; every active assessor when absent. */
  assessorIds?: readonly string[];
  /** Work out what it would do and why, writing nothing (the page's preview). */
  dryRun?: boolean;
}): Promise<AutoAssignResult> {
  requireProgrammeAdmin(actor);
  const { result } = await prisma.$transaction(
    async (tx) => {
      const [locked] = dryRun
        ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "FundingRound" WHERE id = ${roundId}`
        : await tx.$queryRaw<{ id: string }[]>`
            SELECT id FROM "FundingRound" WHERE id = ${roundId} FOR UPDATE`;
      if (!locked) throw new DomainError({ code: "NOT_FOUND", message: "Round not found" });
      const round = await tx.fundingRound.findUniqueOrThrow({
        where: { id: roundId },
        select: { state: true, assessorsPerBid: true },
      });
      if (!isAssignable(round.state))
        throw new DomainError({
          code: "INVALID_STATE",
          message: "Assessors are assigned after the round closes and before decisions are made",
        });
      const [bids, assessors] = await Promise.all([
        tx.bid.findMany({
          where: { roundId, state: "SUBMITTED" },
          orderBy: { submittedAt: "asc" },
          select: {
            id: true,
            title: true,
            reviewAssignments: { select: { assessorId: true, endedAt: true } },
          },
        }),
        tx.user.findMany({
          where: {
            disabledAt: null,
            roleGrants: { some: { role: "ASSESSOR" } },
            ...(panel ? { id: { in: [...panel] } } : {}),
          },
          orderBy: { name: "asc" },
          select: { id: true },
        }),
      ]);
      const assessorIds = assessors.map((a) => a.id);
      const load = new Map(assessorIds.map((id) => [id, 0]));
      for (const bid of bids)
        for (const a of bid.reviewAssignments)
          if (!a.endedAt && load.has(a.assessorId))
            load.set(a.assessorId, load.get(a.assessorId)! + 1);

      const conflicts = await loadConflictIndex({
        db: tx,
        bidIds: bids.map((b) => b.id),
        assessorIds,
      });
      const blocked: { bidId: string; assessorId: string; reason: string }[] = [];
      const found: Parameters<typeof recordDetectedConflicts>[1]["found"][number][] = [];
      for (const bid of bids) {
        const current = new Set(
          bid.reviewAssignments.filter((a) => !a.endedAt).map((a) => a.assessorId),
        );
        const removed = new Set(
          bid.reviewAssignments.filter((a) => a.endedAt).map((a) => a.assessorId),
        );
        for (const assessorId of assessorIds) {
          const pairConflicts = conflicts.get(bid.id, assessorId);
          if (pairConflicts.length) {
            blocked.push({
              bidId: bid.id,
              assessorId,
              reason: `conflict of interest (${pairConflicts.map((c) => c.reason).join("; ")})`,
            });
            found.push({ bidId: bid.id, assessorId, conflicts: pairConflicts });
          } else if (removed.has(assessorId) && !current.has(assessorId)) {
            blocked.push({
              bidId: bid.id,
              assessorId,
              reason: "was taken off this bid earlier",
            });
          }
        }
      }
      const plan = planAssignments({
        perBid: round.assessorsPerBid,
        bids: bids.map((bid) => ({
          bidId: bid.id,
          assessorIds: bid.reviewAssignments.filter((a) => !a.endedAt).map((a) => a.assessorId),
        })),
        assessors: assessorIds.map((assessorId) => ({ assessorId, load: load.get(assessorId)! })),
        blocked,
      });
      const titles = new Map(bids.map((b) => [b.id, b.title]));
      const result = {
        created: plan.assignments.length,
        unfilled: plan.unfilled.map((u) => ({ ...u, title: titles.get(u.bidId) ?? u.bidId })),
      };
      if (dryRun) return { result };
      await recordDetectedConflicts(tx, { actorId: actor.id, found });

      const perAssessor = new Map<string, number>();
      for (const { bidId, assessorId } of plan.assignments) {
        await createReviewAssignment(tx, {
          actorId: actor.id,
          bidId,
          assessorId,
          dueAt,
          automatic: true,
        });
        perAssessor.set(assessorId, (perAssessor.get(assessorId) ?? 0) + 1);
      }
      for (const [assessorId, count] of perAssessor)
        await notify(tx, {
          userIds: [assessorId],
          kind: "review.assigned",
          title:
            count === 1
              ? "A bid has been assigned to you"
              : `${count} bids have been assigned to you`,
          body: "The programme team has assigned bids for you to assess.",
          link: "/assessments",
        });
      return { result };
    },
    { timeout: 30_000 },
  );
  return result;
}
