import "server-only";
import { auditChanges } from "../audit/changes";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { editedVersion } from "../errors/edited-version";
import type { GovernanceTopic } from "../generated/prisma/enums";
import { notFound } from "./governance-access";
import { loadEditableAssessment } from "./load-editable-assessment";

/** The answer as it is now, after someone else's save: shown beside the user's own. */
export type AnswerConflict = {
  rating: number | null;
  evidence: string;
  version: number;
  updatedByName: string | null;
  updatedAt: Date;
};

export class StaleAnswerError extends DomainError {
  readonly current: AnswerConflict;
  constructor(current: AnswerConflict) {
    super({
      code: "STALE_WRITE",
      message:
        "Someone else saved this answer while you were editing it. Compare the two versions and choose which to keep.",
    });
    this.current = current;
  }
}

const CURRENT = {
  rating: true,
  evidence: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} as const;

/**
 * Saves one topic's rating and evidence if nobody has saved it since the user loaded `version`
 * (the same rule as a bid's sections, decision 006): of two saves from one version exactly one
 * lands and the other is shown the answer now stored, never silently overwritten. Saving what is
 * already stored (an autosave racing the button) is not a conflict and writes nothing.
 */
export async function saveAnswer({
  actor,
  assessmentId,
  topic,
  rating,
  evidence,
  version,
  now = new Date(),
}: {
  actor: Actor;
  assessmentId: string;
  topic: GovernanceTopic;
  rating: number | null;
  evidence: string;
  version: number;
  now?: Date;
}): Promise<{ version: number; savedAt: Date }> {
  const from = editedVersion(version);
  return prisma.$transaction(async (tx) => {
    await loadEditableAssessment(tx, { actor, assessmentId, now });
    const where = { assessmentId_topic: { assessmentId, topic } };
    const before = await tx.governanceRating.findUnique({ where, select: CURRENT });
    if (!before) throw notFound();
    const same = (row: { rating: number | null; evidence: string }) =>
      row.rating === rating && row.evidence === evidence;
    if (same(before)) return { version: before.version, savedAt: before.updatedAt };
    const { count } = await tx.governanceRating.updateMany({
      where: { assessmentId, topic, version: from },
      data: { rating, evidence, updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) {
      // Read again: a save that committed while this one waited is the one to show.
      const current = await tx.governanceRating.findUniqueOrThrow({ where, select: CURRENT });
      if (same(current)) return { version: current.version, savedAt: current.updatedAt };
      throw new StaleAnswerError({
        rating: current.rating,
        evidence: current.evidence,
        version: current.version,
        updatedByName: current.updatedBy?.name ?? null,
        updatedAt: current.updatedAt,
      });
    }
    const after = await tx.governanceRating.findUniqueOrThrow({
      where,
      select: { version: true, updatedAt: true },
    });
    const changes = auditChanges(before, { rating, evidence, version: after.version });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "governance.answer_saved",
      entityType: "GovernanceAssessment",
      entityId: assessmentId,
      // The evidence itself, before and after: the published dashboard rests on it.
      before: { topic, ...changes.before },
      after: { topic, ...changes.after },
    });
    return { version: after.version, savedAt: after.updatedAt };
  });
}
