import "server-only";
import { auditChanges, auditValue } from "../audit/changes";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { assertDecisionsComplete, applyPublication } from "../decisions/publish-outcome";
import { DomainError } from "../errors/domain-error";
import { Prisma } from "../generated/prisma/client";
import type { RoundState } from "../generated/prisma/enums";
import { NEXT_STATE, scoringFrozen, transitionProblem } from "./round-rules";

export type RoundFields = {
  title: string;
  slug: string;
  description: string;
  eligibility: string;
  opensAt: Date;
  closesAt: Date;
  budgetPence: number;
  pilotPlaces: number;
  assessorsPerBid: number;
  disagreementThreshold: number;
};

function requireAdmin(actor: Actor) {
  if (!actor.roles.has("PROGRAMME_ADMIN"))
    throw new DomainError({ code: "NOT_FOUND", message: "Not found" });
}

const CRITERIA_DEFAULTS = [
  {
    name: "Innovation",
    guidance: "How new the approach is, for example using technology to build the network.",
    weight: 35,
  },
  {
    name: "Ambition",
    guidance: "The reach of its scope, for example engaging local authorities and the public.",
    weight: 35,
  },
  { name: "Scale", guidance: "The size of the local challenge it takes on.", weight: 30 },
];

/**
 * Creates a draft round (with innovation, ambition and scale as its criteria) or edits one,
 * conditional on the version the admin loaded. A published round is no longer edited.
 */
export async function saveRound({
  actor,
  roundId,
  version,
  fields,
}: {
  actor: Actor;
  roundId?: string;
  version: number;
  fields: RoundFields;
}): Promise<{ roundId: string }> {
  requireAdmin(actor);
  try {
    return await prisma.$transaction(async (tx) => {
      if (!roundId) {
        const round = await tx.fundingRound.create({
          data: {
            ...fields,
            state: "DRAFT",
            criteria: {
              create: CRITERIA_DEFAULTS.map((c, position) => ({ ...c, position })),
            },
          },
          select: { id: true },
        });
        await recordAuditEvent(tx, {
          actorId: actor.id,
          action: "round.created",
          entityType: "FundingRound",
          entityId: round.id,
          after: auditValue(fields) as Prisma.InputJsonValue,
        });
        return { roundId: round.id };
      }
      const before = await tx.fundingRound.findUnique({ where: { id: roundId } });
      if (!before) throw new DomainError({ code: "NOT_FOUND", message: "Round not found" });
      if (before.state === "PUBLISHED")
        throw new DomainError({
          code: "INVALID_STATE",
          message: "A published round can no longer be changed",
        });
      const { count } = await tx.fundingRound.updateMany({
        where: { id: roundId, version },
        data: { ...fields, version: { increment: 1 } },
      });
      if (count === 0)
        throw new DomainError({
          code: "STALE_WRITE",
          message:
            "Someone else changed this round while you were editing it. Reload the page to see their changes, then make yours again.",
        });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "round.updated",
        entityType: "FundingRound",
        entityId: roundId,
        ...auditChanges(before, fields),
      });
      return { roundId };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new DomainError({
        code: "ALREADY_EXISTS",
        field: "slug",
        message: "Another round already uses this web address name",
      });
    throw error;
  }
}

async function assertScoringEditable(tx: Prisma.TransactionClient, roundId: string) {
  // Lock the round row first, so that two edits of its criteria or scale run one after the other.
  await tx.$queryRaw`SELECT 1 FROM "FundingRound" WHERE id = ${roundId} FOR UPDATE`;
  const round = await tx.fundingRound.findUnique({
    where: { id: roundId },
    select: { id: true, _count: { select: { reviews: true } } },
  });
  if (!round) throw new DomainError({ code: "NOT_FOUND", message: "Round not found" });
  if (scoringFrozen({ reviews: round._count.reviews }))
    throw new DomainError({
      code: "INVALID_STATE",
      message:
        "Criteria and the scale are frozen: bids in this round are being reviewed. Weights can still change on the ranking page until decisions are recorded",
    });
}

export async function saveCriteria({
  actor,
  roundId,
  criteria,
}: {
  actor: Actor;
  roundId: string;
  criteria: { name: string; guidance: string; weight: number }[];
}) {
  requireAdmin(actor);
  await prisma.$transaction(async (tx) => {
    await assertScoringEditable(tx, roundId);
    const before = await tx.criterion.findMany({
      where: { roundId },
      orderBy: { position: "asc" },
      select: { name: true, guidance: true, weight: true },
    });
    await tx.criterion.deleteMany({ where: { roundId } });
    await tx.criterion.createMany({
      data: criteria.map((c, position) => ({ roundId, ...c, position })),
    });
    await tx.fundingRound.update({ where: { id: roundId }, data: { version: { increment: 1 } } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "round.criteria_saved",
      entityType: "FundingRound",
      entityId: roundId,
      before: { criteria: before },
      after: { criteria },
    });
  });
}

export async function saveScale({
  actor,
  roundId,
  points,
}: {
  actor: Actor;
  roundId: string;
  points: { value: number; label: string; descriptor: string }[];
}) {
  requireAdmin(actor);
  await prisma.$transaction(async (tx) => {
    await assertScoringEditable(tx, roundId);
    const before = await tx.scalePoint.findMany({
      where: { roundId },
      orderBy: { value: "asc" },
      select: { value: true, label: true, descriptor: true },
    });
    await tx.scalePoint.deleteMany({ where: { roundId } });
    await tx.scalePoint.createMany({ data: points.map((p) => ({ roundId, ...p })) });
    await tx.fundingRound.update({ where: { id: roundId }, data: { version: { increment: 1 } } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "round.scale_saved",
      entityType: "FundingRound",
      entityId: roundId,
      before: { points: before },
      after: { points },
    });
  });
}

/** Moves a round one step on, if its guard allows (lib/rounds/round-rules.ts). */
export async function changeRoundState({
  actor,
  roundId,
  to,
  version,
  now = new Date(),
}: {
  actor: Actor;
  roundId: string;
  to: string;
  version: number;
  now?: Date;
}) {
  requireAdmin(actor);
  await prisma.$transaction(async (tx) => {
    const round = await tx.fundingRound.findUnique({
      where: { id: roundId },
      select: {
        state: true,
        closesAt: true,
        criteria: { select: { weight: true } },
        _count: { select: { scalePoints: true } },
      },
    });
    if (!round) throw new DomainError({ code: "NOT_FOUND", message: "Round not found" });
    const target = to as RoundState;
    const problem = transitionProblem({
      from: round.state,
      to: target,
      criteria: round.criteria,
      scalePoints: round._count.scalePoints,
      closesAt: round.closesAt,
      now,
    });
    if (problem) throw new DomainError({ code: "INVALID_STATE", message: problem });
    if (target === "DECIDED" || target === "PUBLISHED") {
      // Decisions are written under this lock too (lib/decisions/record-decision.ts).
      await tx.$queryRaw`SELECT id FROM "FundingRound" WHERE id = ${roundId} FOR UPDATE`;
      await assertDecisionsComplete(tx, { roundId });
    }
    const { count } = await tx.fundingRound.updateMany({
      where: { id: roundId, version, state: round.state },
      data: {
        state: target,
        publishedAt: target === "PUBLISHED" ? now : undefined,
        version: { increment: 1 },
      },
    });
    if (count === 0)
      throw new DomainError({
        code: "STALE_WRITE",
        message: "Someone else changed this round meanwhile. Reload the page and try again.",
      });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "round.state_changed",
      entityType: "FundingRound",
      entityId: roundId,
      before: { state: round.state },
      after: { state: target },
    });
    if (target === "PUBLISHED") await applyPublication(tx, { actorId: actor.id, roundId });
  });
}

export { NEXT_STATE };
