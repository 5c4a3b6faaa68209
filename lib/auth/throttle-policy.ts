/**
 * Sign-in slowing rules, as pure functions. The counting itself is rate-limiter-flexible's
 * (lib/auth/login-limits.ts); these say how long an attempt waits and what the message says.
 */

/** Longest pause before checking a password; beyond this, the block does the work. */
export const MAX_DELAY_MS = 2000;

/** 0, 0, 250, 500, 1000, 2000… ms after 0, 1, 2, 3, 4, 5… consecutive failures. */
export function delayAfter(failures: number): number {
  if (failures < 2) return 0;
  return Math.min(MAX_DELAY_MS, 250 * 2 ** (failures - 2));
}

/** Minutes until `retryAt`, rounded up, for the message shown to the user. */
export function minutesUntil({ retryAt, now }: { retryAt: Date; now: Date }): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}
