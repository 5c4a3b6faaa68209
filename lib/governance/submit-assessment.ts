import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { formatUkDateTime } from "../format/dates";
import { notify } from "../notifications/notify";
import { assessmentEditableBy, notFound } from "./governance-access";
import { submissionProblems, type SubmissionProblem } from "./governance-rules";
import { assertPeriodTakesAnswers } from "./load-editable-assessment";

export class IncompleteAssessmentError extends DomainError {
  readonly problems: SubmissionProblem[];
  constructor(problems: SubmissionProblem[]) {
    super({ code: "INVALID_STATE", message: "The assessment is not ready to submit" });
    this.problems = problems;
  }
}

/** Submitted already: a second click, a second tab, or a colleague who submitted first. */
export class AlreadySubmittedError extends DomainError {
  constructor() {
    super({ code: "INVALID_STATE", message: "This assessment has already been submitted" });
  }
}

/**
 * Submits a draft assessment before its period's deadline, once every topic has a rating and
 * evidence. The row is locked for the change, so saves in flight finish first and later ones find
 * it locked; of two submissions exactly one happens. The footprint's board admins are told, as
 * it is theirs to publish.
 */
export async function submitAssessment({
  actor,
  assessmentId,
  now = new Date(),
}: {
  actor: Actor;
  assessmentId: string;
  now?: Date;
}): Promise<{ submittedAt: Date }> {
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "GovernanceAssessment" WHERE id = ${assessmentId} FOR UPDATE`;
    const assessment = await tx.governanceAssessment.findFirst({
      where: { AND: [{ id: assessmentId }, assessmentEditableBy(actor)] },
      select: {
        id: true,
        status: true,
        version: true,
        footprintId: true,
        footprint: { select: { name: true } },
        period: { select: { name: true, state: true, closesAt: true } },
        ratings: { select: { topic: true, rating: true, evidence: true } },
      },
    });
    if (!assessment) throw notFound();
    if (assessment.status !== "DRAFT") throw new AlreadySubmittedError();
    assertPeriodTakesAnswers({ period: assessment.period, now });
    const problems = submissionProblems(assessment.ratings);
    if (problems.length) throw new IncompleteAssessmentError(problems);
    await tx.governanceAssessment.update({
      where: { id: assessmentId },
      data: {
        status: "SUBMITTED",
        submittedAt: now,
        submittedById: actor.id,
        version: { increment: 1 },
      },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "governance.assessment_submitted",
      entityType: "GovernanceAssessment",
      entityId: assessmentId,
      before: { status: "DRAFT", submittedAt: null, version: assessment.version },
      after: {
        status: "SUBMITTED",
        submittedAt: now.toISOString(),
        submittedById: actor.id,
        version: assessment.version + 1,
      },
    });
    const admins = await tx.roleGrant.findMany({
      where: { role: "BOARD_ADMIN", footprintId: assessment.footprintId },
      select: { userId: true },
    });
    await notify(tx, {
      userIds: admins.map((a) => a.userId).filter((id) => id !== actor.id),
      kind: "governance.submitted",
      title: `Governance self-assessment submitted: ${assessment.footprint.name}`,
      body: `${actor.name} submitted ${assessment.footprint.name}'s ${assessment.period.name} governance self-assessment on ${formatUkDateTime(now)}. It is not public until a board admin publishes it.`,
      link: `/governance/assessments/${assessmentId}`,
    });
  });
  return { submittedAt: now };
}
