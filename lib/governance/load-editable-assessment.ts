import "server-only";
import type { Actor } from "../auth/session";
import { DomainError } from "../errors/domain-error";
import type { Prisma } from "../generated/prisma/client";
import { assessmentEditableBy, notFound } from "./governance-access";
import { periodWindow } from "./governance-rules";

/**
 * Inside a write's transaction: the assessment if the actor answers for its footprint, it is still
 * a draft and its period takes answers at `now`. Refusals: NOT_FOUND (not theirs), INVALID_STATE
 * (submitted: locked), DEADLINE_PASSED (the deadline has come or the period is closed; the draft
 * stays readable).
 */
export async function loadEditableAssessment(
  tx: Prisma.TransactionClient,
  { actor, assessmentId, now }: { actor: Actor; assessmentId: string; now: Date },
) {
  // A shared lock on the row: a submission (which locks it for update) waits for saves in flight,
  // and a save that starts after it sees the assessment submitted.
  await tx.$queryRaw`SELECT 1 FROM "GovernanceAssessment" WHERE id = ${assessmentId} FOR SHARE`;
  const assessment = await tx.governanceAssessment.findFirst({
    where: { AND: [{ id: assessmentId }, assessmentEditableBy(actor)] },
    select: {
      id: true,
      status: true,
      version: true,
      footprintId: true,
      footprint: { select: { name: true } },
      period: { select: { id: true, name: true, state: true, closesAt: true } },
    },
  });
  if (!assessment) throw notFound();
  assertPeriodTakesAnswers({ period: assessment.period, now });
  if (assessment.status !== "DRAFT")
    throw new DomainError({
      code: "INVALID_STATE",
      message:
        "This assessment has been submitted, so it is locked. A programme admin can reopen it.",
    });
  return assessment;
}

export function assertPeriodTakesAnswers({
  period,
  now,
}: {
  period: { state: string; closesAt: Date };
  now: Date;
}): void {
  const window = periodWindow({ period, now });
  if (window === "closed")
    throw new DomainError({
      code: "DEADLINE_PASSED",
      message:
        "This assessment period is closed, so answers can no longer be changed or submitted.",
    });
  if (window === "past-deadline")
    throw new DomainError({
      code: "DEADLINE_PASSED",
      message:
        "The deadline for this assessment period has passed, so answers can no longer be changed or submitted. Your draft is kept and you can still read it.",
    });
}
