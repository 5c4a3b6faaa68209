import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import { prisma } from "../db/prisma";
import { env } from "../env";
import { DUMMY_HASH, verifyPassword } from "./password";
import { clearThrottle, readThrottleRows, recordFailure } from "./sign-in-throttle";
import { assessAttempt, type ThrottleLimits } from "./throttle-policy";

export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "locked"; retryAt: Date };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function throttleLimits(): { account: ThrottleLimits; address: ThrottleLimits } {
  const e = env();
  const windowMs = e.SIGNIN_WINDOW_MINUTES * 60_000;
  const lockMs = e.SIGNIN_LOCK_MINUTES * 60_000;
  return {
    account: { maxFailures: e.SIGNIN_MAX_FAILURES_PER_ACCOUNT, windowMs, lockMs },
    address: { maxFailures: e.SIGNIN_MAX_FAILURES_PER_ADDRESS, windowMs, lockMs },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks an e-mail address and password, throttled per account and per client address.
 * An unknown address and a wrong password get the same answer, in about the same time.
 */
export async function authenticate({
  email,
  password,
  address,
  now = new Date(),
}: {
  email: string;
  password: string;
  /** The client's address, when known. */
  address?: string | null;
  now?: Date;
}): Promise<AuthenticateResult> {
  const normalised = normaliseEmail(email);
  const limits = throttleLimits();
  const keys = [{ key: `email:${normalised}`, limits: limits.account }];
  if (address) keys.push({ key: `ip:${address}`, limits: limits.address });

  const rows = await readThrottleRows(keys.map((k) => k.key));
  let delayMs = 0;
  for (const { key, limits: keyLimits } of keys) {
    const verdict = assessAttempt({ row: rows.get(key) ?? null, now, limits: keyLimits });
    if (!verdict.allowed) return { ok: false, reason: "locked", retryAt: verdict.retryAt };
    delayMs = Math.max(delayMs, verdict.delayMs);
  }
  if (delayMs > 0) await sleep(delayMs);

  const user = await prisma.user.findUnique({
    where: { email: normalised },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  const passwordOk = await verifyPassword({
    hash: user?.passwordHash ?? DUMMY_HASH,
    password,
  });

  if (!user || !user.passwordHash || !passwordOk) {
    let lockedUntil: Date | null = null;
    for (const { key, limits: keyLimits } of keys) {
      const row = await recordFailure({ key, now, limits: keyLimits });
      if (
        row.lockedUntil &&
        row.lockedUntil > now &&
        (!lockedUntil || row.lockedUntil > lockedUntil)
      ) {
        lockedUntil = row.lockedUntil;
      }
    }
    if (lockedUntil) {
      await recordAuditEvent(prisma, {
        actorId: user?.id ?? null,
        action: "auth.locked",
        entityType: "User",
        entityId: user?.id ?? normalised,
        after: { lockedUntil: lockedUntil.toISOString() },
      });
      return { ok: false, reason: "locked", retryAt: lockedUntil };
    }
    return { ok: false, reason: "invalid" };
  }

  if (user.disabledAt) return { ok: false, reason: "disabled" };

  await clearThrottle(`email:${normalised}`);
  await prisma.$transaction([
    prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: now } }),
    prisma.auditEvent.create({
      data: { actorId: user.id, action: "auth.signed_in", entityType: "User", entityId: user.id },
    }),
  ]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
