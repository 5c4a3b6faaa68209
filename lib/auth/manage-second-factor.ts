import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { minutesUntil } from "./throttle-policy";
import type { Actor } from "./load-actor";
import { generateRecoveryCodes, hashRecoveryCode } from "./recovery-codes";
import { needsSecondFactor } from "./second-factor-rules";
import { verifySecondFactor, type SecondFactorResult } from "./verify-second-factor";

/** A refused code as the form shows it, on the code field. */
export function secondFactorRefusal(result: Exclude<SecondFactorResult, { ok: true }>) {
  switch (result.reason) {
    case "locked": {
      const minutes = minutesUntil({ retryAt: result.retryAt, now: new Date() });
      return new DomainError({
        code: "RATE_LIMITED",
        field: "code",
        message: `Too many wrong codes. For your security, codes are paused: try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      });
    }
    case "reused":
      return new DomainError({
        code: "INVALID_STATE",
        field: "code",
        message: "That code has been used already. Wait for the app to show the next one.",
      });
    case "expired":
      return new DomainError({
        code: "INVALID_STATE",
        message: "This sign-in has expired. Sign in again.",
      });
    default:
      return new DomainError({
        code: "INVALID_STATE",
        field: "code",
        message: "The code is not right. Enter the code your app shows now, or a recovery code.",
      });
  }
}

async function requireCode({
  actor,
  code,
  address,
}: {
  actor: Actor;
  code: string;
  address: string | null;
}): Promise<void> {
  const result = await verifySecondFactor({ userId: actor.id, code, address });
  if (!result.ok) throw secondFactorRefusal(result);
}

/** Ten new recovery codes in place of the old ones, after a code proves it is the user. */
export async function regenerateRecoveryCodes({
  actor,
  code,
  address,
  now = new Date(),
}: {
  actor: Actor;
  code: string;
  address: string | null;
  now?: Date;
}): Promise<{ recoveryCodes: string[] }> {
  if (!actor.hasSecondFactor)
    throw new DomainError({ code: "INVALID_STATE", message: "Set up an authenticator app first." });
  await requireCode({ actor, code, address });
  const recoveryCodes = generateRecoveryCodes();
  await prisma.$transaction(async (tx) => {
    const before = await tx.recoveryCode.count({ where: { userId: actor.id, usedAt: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.createMany({
      data: recoveryCodes.map((c) => ({
        userId: actor.id,
        codeHash: hashRecoveryCode(c),
        createdAt: now,
      })),
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.recovery_codes_regenerated",
      entityType: "User",
      entityId: actor.id,
      before: { recoveryCodes: before },
      after: { recoveryCodes: recoveryCodes.length },
    });
  });
  return { recoveryCodes };
}

/**
 * A member's optional authenticator app, turned off (staff must keep theirs), or anyone's, to be
 * replaced by a new one at once (`replacing`: a new phone, or after signing in with a recovery
 * code). A staff account left without one is sent to set one up at its next sign-in.
 */
export async function turnOffSecondFactor({
  actor,
  code,
  address,
  replacing = false,
}: {
  actor: Actor;
  code: string;
  address: string | null;
  replacing?: boolean;
}): Promise<void> {
  if (!replacing && needsSecondFactor(actor.roles))
    throw new DomainError({
      code: "FORBIDDEN",
      message: "Your roles need a second factor, so it cannot be turned off.",
    });
  if (!actor.hasSecondFactor)
    throw new DomainError({ code: "INVALID_STATE", message: "There is no app to turn off." });
  await requireCode({ actor, code, address });
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { totpEnabledAt: true },
    });
    await tx.user.update({
      where: { id: actor.id },
      data: { totpSecret: null, totpEnabledAt: null, totpLastUsedStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: replacing ? "user.second_factor_replacing" : "user.second_factor_removed",
      entityType: "User",
      entityId: actor.id,
      before: { totpSecret: "(set)", totpEnabledAt: before.totpEnabledAt?.toISOString() ?? null },
      after: { totpSecret: null, totpEnabledAt: null },
    });
  });
}

/**
 * Ends every session of the account, this one included: its session version moves on. The form
 * carries the version it was shown with, so a second post (a double click, an old tab) is told
 * rather than ending the sessions signed in since.
 */
export async function signOutEverywhere({
  actor,
  sessionVersion,
}: {
  actor: Actor;
  sessionVersion: number;
}): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, sessionVersion },
      data: { sessionVersion: { increment: 1 } },
    });
    if (count === 0)
      throw new DomainError({
        code: "STALE_WRITE",
        message: "Every device was signed out already. Reload the page.",
      });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.signed_out_everywhere",
      entityType: "User",
      entityId: actor.id,
      before: { sessionVersion },
      after: { sessionVersion: sessionVersion + 1 },
    });
  });
}

/** What /me/security shows about the account's second factor. */
export async function getSecurityOverview({ actor }: { actor: Actor }) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      totpEnabledAt: true,
      lastSignInAt: true,
      sessionVersion: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  return {
    totpEnabledAt: user.totpEnabledAt,
    recoveryCodesLeft: user._count.recoveryCodes,
    lastSignInAt: user.lastSignInAt,
    sessionVersion: user.sessionVersion,
    required: needsSecondFactor(actor.roles),
  };
}
