import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { hasRepeatedField, TAMPERED_FORM } from "../forms/form-data";
import { Prisma } from "../generated/prisma/client";
import { assertScoringOpen, loadOwnAssignment } from "./assessment-access";
import {
  draftEntries,
  readReviewEntries,
  reviewProblems,
  type ReviewEntries,
} from "./review-rules";

export class ReviewInvalid extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("The review has problems");
    this.name = "ReviewInvalid";
  }
}

type WriteResult = {
  reviewId: string;
  version: number;
  alreadySubmitted?: boolean;
  /** For a draft: what it still lacks before it can be submitted, keyed by form field. */
  missing?: Record<string, string>;
};

/**
 * Saves what the assessor has typed as their draft, whole or partial. The posted `version` is the
 * one their page loaded (0 before the first save); a save from another tab in the meantime is
 * refused rather than overwritten.
 */
export async function saveReviewDraft(options: {
  actor: Actor;
  bidId: string;
  version: number;
  raw: Record<string, string | string[]>;
}): Promise<WriteResult> {
  return writeReview({ ...options, submit: false });
}

/**
 * Submits the saved draft the assessor has just checked (`version` is the one their check page
 * showed): every criterion scored on the round's scale with a rationale. The scores are written
 * as CriterionScore rows and the review is locked (docs/domain.md, "Scoring"). A second press of
 * the button finds it submitted and changes nothing.
 */
export async function submitReview(options: {
  actor: Actor;
  bidId: string;
  version: number;
}): Promise<WriteResult> {
  return writeReview({ ...options, raw: null, submit: true });
}

async function writeReview({
  actor,
  bidId,
  version,
  raw,
  submit,
  now = new Date(),
}: {
  actor: Actor;
  bidId: string;
  version: number;
  /** The posted form for a draft; null to submit the stored draft. */
  raw: Record<string, string | string[]> | null;
  submit: boolean;
  now?: Date;
}): Promise<WriteResult> {
  return prisma.$transaction(async (tx) => {
    const assignment = await loadOwnAssignment({ db: tx, actor, bidId });
    // One writer at a time per assignment: a double click or two tabs queue here.
    await tx.$queryRaw`SELECT id FROM "ReviewAssignment" WHERE id = ${assignment.id} FOR UPDATE`;
    const bid = await tx.bid.findUniqueOrThrow({
      where: { id: bidId },
      select: {
        roundId: true,
        round: {
          select: {
            state: true,
            criteria: { orderBy: { position: "asc" }, select: { id: true, name: true } },
            scalePoints: { select: { value: true } },
          },
        },
      },
    });
    const existing = await tx.review.findUnique({
      where: { bidId_assessorId: { bidId, assessorId: actor.id } },
      select: { id: true, state: true, version: true, assignmentId: true, draft: true },
    });
    if (existing?.state === "SUBMITTED") {
      if (submit && version === existing.version - 1)
        return { reviewId: existing.id, version: existing.version, alreadySubmitted: true };
      throw new DomainError({
        code: "INVALID_STATE",
        message:
          "Your review is submitted and locked. The programme team can reopen it if it needs to change.",
      });
    }
    assertScoringOpen(bid.round.state);
    if ((existing?.version ?? 0) !== version)
      throw new DomainError({
        code: "STALE_WRITE",
        message:
          "Your review was saved from another window since you opened this page. Reload the page to see that version, then make your changes again.",
      });
    const criteria = bid.round.criteria;
    if (raw && hasRepeatedField(raw, /^(score|rationale)-/))
      throw new DomainError({ code: "INVALID_STATE", message: TAMPERED_FORM });
    const entries = raw
      ? readReviewEntries({ raw, criterionIds: criteria.map((c) => c.id) })
      : draftEntries(existing?.draft);
    const problems = reviewProblems({
      entries,
      criteria,
      scaleValues: bid.round.scalePoints.map((p) => p.value),
      complete: submit,
    });
    if (Object.keys(problems).length) throw new ReviewInvalid(problems);

    const draft = { scores: entries } satisfies { scores: ReviewEntries };
    const data = {
      // Once submitted, the CriterionScore rows are the review; a draft beside them would be a
      // second copy to keep in step (reopening writes one again from the scores).
      draft: submit ? Prisma.DbNull : (draft as Prisma.InputJsonValue),
      state: submit ? ("SUBMITTED" as const) : ("DRAFT" as const),
      submittedAt: submit ? now : undefined,
      version: { increment: 1 },
    };
    const review = existing
      ? await tx.review.update({
          where: { id: existing.id },
          data: { ...data, assignmentId: assignment.id },
          select: { id: true, version: true },
        })
      : await tx.review.create({
          data: {
            assignmentId: assignment.id,
            bidId,
            roundId: bid.roundId,
            assessorId: actor.id,
            draft: submit ? undefined : (draft as Prisma.InputJsonValue),
            state: data.state,
            submittedAt: data.submittedAt,
            version: 1,
          },
          select: { id: true, version: true },
        });
    if (submit) {
      await tx.criterionScore.deleteMany({ where: { reviewId: review.id } });
      await tx.criterionScore.createMany({
        data: criteria.map((c) => ({
          reviewId: review.id,
          roundId: bid.roundId,
          criterionId: c.id,
          score: entries[c.id]!.score!,
          rationale: entries[c.id]!.rationale,
        })),
      });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: submit ? "review.submitted" : "review.draft_saved",
      entityType: "Review",
      entityId: review.id,
      after: { bidId, state: data.state, scores: entries },
    });
    const missing = submit
      ? {}
      : reviewProblems({
          entries,
          criteria,
          scaleValues: bid.round.scalePoints.map((p) => p.value),
          complete: true,
        });
    return { reviewId: review.id, version: review.version, missing };
  });
}
