import "server-only";
import type { Actor } from "../auth/session";
import { loadConflictIndex } from "../conflicts/load-conflict-index";
import type { CsvCell } from "../csv/to-csv";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { weightedTotal } from "../scoring/weighted-total";
import { requireProgrammeAdmin } from "./assessment-access";
import { whyReviewDoesNotCount } from "./review-rules";

/**
 * Every review of a round as CSV rows, for programme admins only (assessors have no export: what
 * they may see of other reviews is on their review page, after they submit). Only submitted
 * scores are exported; a draft's scores are the assessor's own until they submit. Each row says
 * whether the review counts in the ranking, and why not.
 */
export async function exportReviews({
  actor,
  roundId,
}: {
  actor: Actor;
  roundId: string;
}): Promise<{ slug: string; rows: CsvCell[][] }> {
  requireProgrammeAdmin(actor);
  const round = await prisma.fundingRound.findUnique({
    where: { id: roundId },
    select: {
      slug: true,
      criteria: { orderBy: { position: "asc" }, select: { id: true, name: true, weight: true } },
    },
  });
  if (!round) throw new DomainError({ code: "NOT_FOUND", message: "Round not found" });
  const reviews = await prisma.review.findMany({
    where: { roundId },
    orderBy: [{ bid: { title: "asc" } }, { assessor: { name: "asc" } }],
    select: {
      id: true,
      state: true,
      submittedAt: true,
      reopenedAt: true,
      reopenReason: true,
      bidId: true,
      assessorId: true,
      bid: { select: { title: true, footprint: { select: { name: true } } } },
      assessor: { select: { name: true, email: true } },
      assignment: { select: { dueAt: true, endedAt: true, endReason: true } },
      scores: { select: { criterionId: true, score: true, rationale: true } },
    },
  });
  const conflicts = await loadConflictIndex({
    bidIds: [...new Set(reviews.map((r) => r.bidId))],
    assessorIds: [...new Set(reviews.map((r) => r.assessorId))],
  });
  const weights = round.criteria.map((c) => ({ criterionId: c.id, weight: c.weight }));
  const head: CsvCell[] = [
    "Review ID",
    "Bid",
    "Footprint",
    "Assessor",
    "Assessor email",
    "State",
    "Submitted at (UTC)",
    "Due (UTC)",
    "Late",
    "Counts in ranking",
    "Why not",
    ...round.criteria.flatMap((c) => [`${c.name} score`, `${c.name} rationale`]),
    "Weighted total",
    "Reopened at (UTC)",
    "Reopen reason",
  ];
  const rows = reviews.map((r): CsvCell[] => {
    const submitted = r.state === "SUBMITTED";
    const scores = new Map(r.scores.map((s) => [s.criterionId, s]));
    const whyNot =
      whyReviewDoesNotCount({
        state: r.state,
        assignmentEnded: r.assignment.endedAt !== null,
        endReason: r.assignment.endReason,
        conflicted: conflicts.isConflicted(r.bidId, r.assessorId),
      }) ?? "";
    return [
      r.id,
      r.bid.title,
      r.bid.footprint.name,
      r.assessor.name,
      r.assessor.email,
      submitted ? "Submitted" : "Draft",
      r.submittedAt && submitted ? r.submittedAt : null,
      r.assignment.dueAt,
      submitted && r.assignment.dueAt && r.submittedAt! > r.assignment.dueAt ? "yes" : "no",
      whyNot ? "no" : "yes",
      whyNot,
      ...round.criteria.flatMap((c) =>
        submitted ? [scores.get(c.id)?.score, scores.get(c.id)?.rationale] : [null, null],
      ),
      submitted
        ? weightedTotal({
            scores: Object.fromEntries(r.scores.map((s) => [s.criterionId, s.score])),
            weights,
          })?.toFixed(3)
        : null,
      r.reopenedAt,
      r.reopenReason,
    ];
  });
  return { slug: round.slug, rows: [head, ...rows] };
}
