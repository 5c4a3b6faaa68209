import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { assessmentPublishableBy, assessmentReadableBy, notFound } from "./governance-access";

/**
 * The footprint's board admin publishes a submitted assessment, or withdraws its publication:
 * only then is it seen beyond the footprint and the programme team (issue 13, "Publishing"). A
 * second click changes nothing. Anyone else who can read it is refused; anyone who cannot is
 * told it does not exist.
 */
export async function setAssessmentPublished({
  actor,
  assessmentId,
  published,
  now = new Date(),
}: {
  actor: Actor;
  assessmentId: string;
  published: boolean;
  now?: Date;
}): Promise<{ footprintId: string }> {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "GovernanceAssessment" WHERE id = ${assessmentId} FOR UPDATE`;
    const assessment = await tx.governanceAssessment.findFirst({
      where: { AND: [{ id: assessmentId }, assessmentReadableBy(actor)] },
      select: {
        status: true,
        footprintId: true,
        publishedAt: true,
        publishedById: true,
        version: true,
      },
    });
    if (!assessment) throw notFound();
    const mayPublish = await tx.governanceAssessment.count({
      where: { AND: [{ id: assessmentId }, assessmentPublishableBy(actor)] },
    });
    if (!mayPublish)
      throw new DomainError({
        code: "FORBIDDEN",
        message: "Only the footprint's board admins can publish its assessment",
      });
    if (assessment.status !== "SUBMITTED")
      throw new DomainError({
        code: "INVALID_STATE",
        message: "Only a submitted assessment can be published",
      });
    if ((assessment.publishedAt !== null) === published)
      return { footprintId: assessment.footprintId };
    const after = published
      ? { publishedAt: now, publishedById: actor.id }
      : { publishedAt: null, publishedById: null };
    await tx.governanceAssessment.update({
      where: { id: assessmentId },
      data: { ...after, version: { increment: 1 } },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: published ? "governance.assessment_published" : "governance.assessment_unpublished",
      entityType: "GovernanceAssessment",
      entityId: assessmentId,
      before: {
        publishedAt: assessment.publishedAt?.toISOString() ?? null,
        publishedById: assessment.publishedById,
        version: assessment.version,
      },
      after: {
        publishedAt: after.publishedAt?.toISOString() ?? null,
        publishedById: after.publishedById,
        version: assessment.version + 1,
      },
    });
    return { footprintId: assessment.footprintId };
  });
}
