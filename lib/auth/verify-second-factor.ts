import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import { prisma } from "../db/prisma";
import {
  checkSecondFactor,
  clearSecondFactorFailures,
  recordSecondFactorFailure,
} from "./login-limits";
import { hashRecoveryCode } from "./recovery-codes";
import { checkTotp } from "./totp";

export type SecondFactorResult =
  | { ok: true; method: "totp" | "recovery-code"; recoveryCodesLeft: number }
  | { ok: false; reason: "invalid" | "reused" | "expired" }
  | { ok: false; reason: "locked"; retryAt: Date };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks a code from the account's authenticator app, or one of its recovery codes (each works
 * once), throttled like passwords (lib/auth/login-limits.ts). A TOTP code is taken with a
 * conditional update on the last step used, so two requests racing with one code cannot both
 * pass. `sessionVersion` is the one the sign-in started with: a password changed in between
 * ends the attempt ("expired").
 */
export async function verifySecondFactor({
  userId,
  sessionVersion,
  code,
  address,
  now = new Date(),
}: {
  userId: string;
  sessionVersion?: number;
  code: string;
  address: string | null;
  now?: Date;
}): Promise<SecondFactorResult> {
  const verdict = await checkSecondFactor({ userId, address });
  if (!verdict.allowed) return { ok: false, reason: "locked", retryAt: verdict.retryAt };
  if (verdict.delayMs > 0) await sleep(verdict.delayMs);

  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      disabledAt: true,
      sessionVersion: true,
      totpSecret: true,
      totpLastUsedStep: true,
    },
  });
  if (
    !user ||
    user.disabledAt ||
    !user.totpSecret ||
    (sessionVersion !== undefined && sessionVersion !== user.sessionVersion)
  )
    return { ok: false, reason: "expired" };

  let method: "totp" | "recovery-code" | null = null;
  let failure: "invalid" | "reused" = "invalid";
  if (/^[0-9]{6}$/.test(code)) {
    const check = checkTotp({
      secret: user.totpSecret,
      code,
      now,
      lastUsedStep: user.totpLastUsedStep,
    });
    if (check.ok) {
      const { count } = await prisma.user.updateMany({
        where: {
          id: userId,
          OR: [{ totpLastUsedStep: null }, { totpLastUsedStep: { lt: check.step } }],
        },
        data: { totpLastUsedStep: check.step },
      });
      if (count === 1) method = "totp";
      else failure = "reused";
    } else failure = check.reason;
  } else {
    const { count } = await prisma.recoveryCode.updateMany({
      where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
      data: { usedAt: now },
    });
    if (count === 1) method = "recovery-code";
  }

  if (!method) {
    const lockedUntil = await recordSecondFactorFailure({ userId, address });
    if (lockedUntil) {
      await recordAuditEvent(prisma, {
        actorId: userId,
        action: "auth.second_factor_locked",
        entityType: "User",
        entityId: userId,
        after: { lockedUntil: lockedUntil.toISOString() },
      });
      return { ok: false, reason: "locked", retryAt: lockedUntil };
    }
    return { ok: false, reason: failure };
  }

  await clearSecondFactorFailures({ userId });
  const recoveryCodesLeft = await prisma.recoveryCode.count({ where: { userId, usedAt: null } });
  await recordAuditEvent(prisma, {
    actorId: userId,
    action: method === "totp" ? "auth.second_factor_passed" : "auth.recovery_code_used",
    entityType: "User",
    entityId: userId,
    ...(method === "recovery-code" ? { after: { recoveryCodesLeft } } : {}),
  });
  return { ok: true, method, recoveryCodesLeft };
}
