import "server-only";
import { prisma } from "../db/prisma";
import { Prisma } from "../generated/prisma/client";
import type { ThrottleLimits, ThrottleRow } from "./throttle-policy";

// Counters live in PostgreSQL, not in process memory, so every instance behind a load balancer
// sees the same failures (DESIGN.md, "How it runs").

export async function readThrottleRows(keys: string[]): Promise<Map<string, ThrottleRow>> {
  const rows = await prisma.signInThrottle.findMany({ where: { key: { in: keys } } });
  return new Map(rows.map((row) => [row.key, row]));
}

/**
 * Counts one failure for `key` in a single statement, so parallel attempts cannot lose counts,
 * and locks the key when the count reaches the limit. Returns the updated record.
 */
export async function recordFailure({
  key,
  now,
  limits,
}: {
  key: string;
  now: Date;
  limits: ThrottleLimits;
}): Promise<ThrottleRow> {
  const windowStart = new Date(now.getTime() - limits.windowMs);
  const lockEnd = new Date(now.getTime() + limits.lockMs);
  // A new window starts when the old one is over or a lock has run out.
  const restart = Prisma.sql`("SignInThrottle"."windowStartsAt" <= ${windowStart}
    OR ("SignInThrottle"."lockedUntil" IS NOT NULL AND "SignInThrottle"."lockedUntil" <= ${now}))`;
  const [row] = await prisma.$queryRaw<ThrottleRow[]>`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStartsAt", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, ${now}, ${limits.maxFailures <= 1 ? lockEnd : null}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN ${restart} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStartsAt" = CASE WHEN ${restart} THEN ${now} ELSE "SignInThrottle"."windowStartsAt" END,
      "lockedUntil" = CASE
        WHEN (CASE WHEN ${restart} THEN 1 ELSE "SignInThrottle"."failures" + 1 END) >= ${limits.maxFailures}
          THEN ${lockEnd}
        WHEN ${restart} THEN NULL
        ELSE "SignInThrottle"."lockedUntil" END,
      "updatedAt" = ${now}
    RETURNING "failures", "windowStartsAt", "lockedUntil"`;
  return row!;
}

export async function clearThrottle(key: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key } });
}
