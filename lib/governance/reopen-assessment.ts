import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { notify } from "../notifications/notify";
import { notFound, requireProgrammeAdmin } from "./governance-access";
import { periodWindow } from "./governance-rules";

/**
 * A programme admin reopens a submitted assessment with a reason (issue 13): it becomes a draft
 * again, with every answer kept, and its publication is withdrawn until it is submitted and
 * published again, so the dashboard never shows answers that are being changed. Only while the
 * period takes answers: otherwise nobody could submit it again.
 */
export async function reopenAssessment({
  actor,
  assessmentId,
  reason,
  now = new Date(),
}: {
  actor: Actor;
  assessmentId: string;
  reason: string;
  now?: Date;
}): Promise<{ assessmentId: string }> {
  requireProgrammeAdmin(actor);
  if (!reason.trim())
    throw new DomainError({
      code: "INVALID_STATE",
      field: "reason",
      message: "Enter why the assessment is being reopened",
    });
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "GovernanceAssessment" WHERE id = ${assessmentId} FOR UPDATE`;
    const assessment = await tx.governanceAssessment.findUnique({
      where: { id: assessmentId },
      select: {
        status: true,
        version: true,
        footprintId: true,
        submittedAt: true,
        submittedById: true,
        publishedAt: true,
        publishedById: true,
        createdById: true,
        footprint: { select: { name: true } },
        period: { select: { name: true, state: true, closesAt: true } },
      },
    });
    if (!assessment) throw notFound();
    if (assessment.status !== "SUBMITTED")
      throw new DomainError({
        code: "INVALID_STATE",
        message: "This assessment is not submitted, so there is nothing to reopen",
      });
    const window = periodWindow({ period: assessment.period, now });
    if (window !== "open")
      throw new DomainError({
        code: "DEADLINE_PASSED",
        message:
          window === "closed"
            ? "This assessment's period is closed, so it cannot be reopened"
            : "This period's deadline has passed: move the deadline first, so the footprint can submit the assessment again",
      });
    await tx.governanceAssessment.update({
      where: { id: assessmentId },
      data: {
        status: "DRAFT",
        submittedAt: null,
        submittedById: null,
        publishedAt: null,
        publishedById: null,
        reopenedAt: now,
        reopenReason: reason,
        version: { increment: 1 },
      },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "governance.assessment_reopened",
      entityType: "GovernanceAssessment",
      entityId: assessmentId,
      before: {
        status: "SUBMITTED",
        submittedAt: assessment.submittedAt?.toISOString() ?? null,
        submittedById: assessment.submittedById,
        publishedAt: assessment.publishedAt?.toISOString() ?? null,
        publishedById: assessment.publishedById,
        version: assessment.version,
      },
      after: {
        status: "DRAFT",
        submittedAt: null,
        submittedById: null,
        publishedAt: null,
        publishedById: null,
        reopenedAt: now.toISOString(),
        reopenReason: reason,
        version: assessment.version + 1,
      },
      reason,
    });
    const admins = await tx.roleGrant.findMany({
      where: { role: "BOARD_ADMIN", footprintId: assessment.footprintId },
      select: { userId: true },
    });
    await notify(tx, {
      userIds: [
        ...admins.map((a) => a.userId),
        ...(assessment.submittedById ? [assessment.submittedById] : []),
      ],
      kind: "governance.reopened",
      title: `Governance self-assessment reopened: ${assessment.footprint.name}`,
      body: `The programme team reopened ${assessment.footprint.name}'s ${assessment.period.name} self-assessment, for this reason: “${reason}” It is unpublished until it is submitted and published again.`,
      link: `/governance/assessments/${assessmentId}`,
    });
  });
  return { assessmentId };
}
