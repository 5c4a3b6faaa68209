/**
 * Sign-in throttling rules, as pure functions. Failed attempts are counted per key (one account's
 * e-mail address, or one client address) within a window: the first attempts go through at once,
 * later ones are slowed, and at the limit the key is refused until the lock ends.
 */
export type ThrottleLimits = {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
};

export type ThrottleRow = {
  failures: number;
  windowStartsAt: Date;
  lockedUntil: Date | null;
};

export type ThrottleVerdict =
  { allowed: true; delayMs: number } | { allowed: false; retryAt: Date };

/** Longest pause before checking a password; beyond this, the lock does the work. */
export const MAX_DELAY_MS = 2000;

/** What to do with a new attempt for a key, given its record (or none). */
export function assessAttempt({
  row,
  now,
  limits,
}: {
  row: ThrottleRow | null;
  now: Date;
  limits: ThrottleLimits;
}): ThrottleVerdict {
  if (!row) return { allowed: true, delayMs: 0 };
  if (row.lockedUntil && row.lockedUntil > now) return { allowed: false, retryAt: row.lockedUntil };
  const windowOver = now.getTime() - row.windowStartsAt.getTime() >= limits.windowMs;
  const lockOver = row.lockedUntil !== null && row.lockedUntil <= now;
  if (windowOver || lockOver) return { allowed: true, delayMs: 0 };
  return { allowed: true, delayMs: delayAfter(row.failures) };
}

/** 0, 0, 250, 500, 1000, 2000… ms after 0, 1, 2, 3, 4, 5… recent failures. */
export function delayAfter(failures: number): number {
  if (failures < 2) return 0;
  return Math.min(MAX_DELAY_MS, 250 * 2 ** (failures - 2));
}

/** Minutes until `retryAt`, rounded up, for the message shown to the user. */
export function minutesUntil({ retryAt, now }: { retryAt: Date; now: Date }): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}
