import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { Prisma } from "../generated/prisma/client";
import { footprintsAssessableBy, notFound } from "./governance-access";
import { assertPeriodTakesAnswers } from "./load-editable-assessment";
import { TOPICS } from "./topics";

/**
 * Starts a footprint's assessment in the open period, with a blank answer for each of the 15
 * topics. One per footprint per period (a unique key): a second click, or a colleague starting
 * it at the same moment, lands on the one that exists.
 */
export async function startAssessment({
  actor,
  footprintId,
  now = new Date(),
}: {
  actor: Actor;
  footprintId: string;
  now?: Date;
}): Promise<{ assessmentId: string }> {
  const footprint = await prisma.footprint.findFirst({
    where: { AND: [{ id: footprintId }, footprintsAssessableBy(actor)] },
    select: {
      id: true,
      networks: {
        where: { status: { not: "CLOSED" } },
        orderBy: { createdAt: "asc" },
        select: { id: true },
        take: 1,
      },
    },
  });
  if (!footprint) throw notFound();
  const period = await prisma.governancePeriod.findFirst({
    where: { state: "OPEN" },
    select: { id: true, state: true, closesAt: true },
  });
  if (!period)
    throw new DomainError({
      code: "INVALID_STATE",
      message: "No assessment period is open at the moment",
    });
  assertPeriodTakesAnswers({ period, now });
  const existing = () =>
    prisma.governanceAssessment.findUnique({
      where: { periodId_footprintId: { periodId: period.id, footprintId } },
      select: { id: true },
    });
  const found = await existing();
  if (found) return { assessmentId: found.id };
  try {
    return await prisma.$transaction(async (tx) => {
      const assessment = await tx.governanceAssessment.create({
        data: {
          periodId: period.id,
          footprintId,
          networkId: footprint.networks[0]?.id ?? null,
          createdById: actor.id,
          ratings: { create: TOPICS.map((topic) => ({ topic: topic.key })) },
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "governance.assessment_started",
        entityType: "GovernanceAssessment",
        entityId: assessment.id,
        after: { periodId: period.id, footprintId, status: "DRAFT" },
      });
      return { assessmentId: assessment.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await existing();
      if (winner) return { assessmentId: winner.id };
    }
    throw error;
  }
}
