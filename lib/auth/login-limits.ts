import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "../env";
import { delayAfter } from "./throttle-policy";

/**
 * Sign-in protection after rate-limiter-flexible's login-protection design (decision 003), with its
 * PostgreSQL store so that every instance shares the counts:
 *
 * - consecutive failures per account *and* address together: at the limit that pair is blocked for
 *   the lock time, and a success clears it. Someone failing at another person's account from their
 *   own address blocks only themselves, so the limit cannot be used to lock a real user out.
 * - failures per address per day, whatever the account: at the limit the address is blocked for
 *   the rest of the day. This is what stops one address trying many accounts.
 *
 * Attempts on a pair with recent failures are slowed (`delayAfter`) before the password is checked.
 */

export type LoginVerdict = { allowed: true; delayMs: number } | { allowed: false; retryAt: Date };

type Limiters = {
  pair: RateLimiterPostgres;
  daily: RateLimiterPostgres;
  code: RateLimiterPostgres;
  pool: pg.Pool;
};

const DAY_SECONDS = 24 * 60 * 60;
const TABLE = "SignInLimit";
const globalForLimits = globalThis as unknown as { portalLoginLimits?: Limiters };

function limiters(): Limiters {
  if (globalForLimits.portalLoginLimits) return globalForLimits.portalLoginLimits;
  const e = env();
  // A small pool of its own: the library speaks to node-postgres directly.
  const pool = new pg.Pool({ connectionString: e.DATABASE_URL, max: 2, allowExitOnIdle: true });
  const common = { storeClient: pool, storeType: "pool", tableName: TABLE, tableCreated: true };
  const pair = new RateLimiterPostgres({
    ...common,
    keyPrefix: "pair",
    points: e.SIGNIN_MAX_CONSECUTIVE_FAILURES,
    // Counted until a success clears them; a day without another failure forgets them.
    duration: DAY_SECONDS,
    blockDuration: e.SIGNIN_LOCK_MINUTES * 60,
  });
  const daily = new RateLimiterPostgres({
    ...common,
    keyPrefix: "address",
    points: e.SIGNIN_MAX_FAILURES_PER_ADDRESS_PER_DAY,
    duration: DAY_SECONDS,
    blockDuration: DAY_SECONDS,
  });
  // Second-factor codes: whoever enters them already has the password, so consecutive failures
  // are counted per account, from any address, and lock the account's code step.
  const code = new RateLimiterPostgres({
    ...common,
    keyPrefix: "second-factor",
    points: e.SIGNIN_MAX_CONSECUTIVE_FAILURES,
    duration: DAY_SECONDS,
    blockDuration: e.SIGNIN_LOCK_MINUTES * 60,
  });
  globalForLimits.portalLoginLimits = { pair, daily, code, pool };
  return globalForLimits.portalLoginLimits;
}

function pairKey({ account, address }: { account: string; address: string | null }): string {
  return `${account}|${address ?? "unknown"}`;
}

const retryAt = (res: RateLimiterRes) => new Date(Date.now() + Math.max(res.msBeforeNext, 1000));

/**
 * The verdict for an attempt counted by `consecutive` under `key`, within `address`'s daily
 * count (an unknown address is not counted by address).
 */
async function verdictFor(
  consecutive: RateLimiterPostgres,
  key: string,
  address: string | null,
): Promise<LoginVerdict> {
  const { daily } = limiters();
  const [byKey, byAddress] = await Promise.all([
    consecutive.get(key),
    address ? daily.get(address) : Promise.resolve(null),
  ]);
  if (byAddress && byAddress.consumedPoints >= daily.points)
    return { allowed: false, retryAt: retryAt(byAddress) };
  if (byKey && byKey.consumedPoints >= consecutive.points)
    return { allowed: false, retryAt: retryAt(byKey) };
  return { allowed: true, delayMs: delayAfter(byKey?.consumedPoints ?? 0) };
}

/**
 * Counts one failure against `consecutive`'s `key` and the address; returns when attempts are now
 * refused (the limit was reached by this failure), or null when further attempts may follow.
 */
async function countFailure(
  consecutive: RateLimiterPostgres,
  key: string,
  address: string | null,
): Promise<Date | null> {
  const counts: Array<[RateLimiterPostgres, string]> = [[consecutive, key]];
  if (address) counts.push([limiters().daily, address]);
  let lockedUntil: Date | null = null;
  for (const [limiter, counted] of counts) {
    let res: RateLimiterRes;
    try {
      res = await limiter.consume(counted);
    } catch (refusal) {
      // Over the limit already (a parallel attempt got there first): the library rejects with its
      // result. Anything else is the store failing, which must not pass as a refusal.
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      res = refusal;
    }
    if (res.consumedPoints >= limiter.points) {
      // Reaching the limit blocks at once, so this attempt's answer already says so.
      if (res.consumedPoints === limiter.points)
        res = await limiter.block(counted, limiter.blockDuration);
      const until = retryAt(res);
      if (!lockedUntil || until > lockedUntil) lockedUntil = until;
    }
  }
  return lockedUntil;
}

/**
 * Whether an attempt on `account` from `address` may go ahead, and how long to wait first. An
 * unknown address (no socket address reached the server) is limited per account only.
 */
export async function checkLogin(subject: {
  account: string;
  address: string | null;
}): Promise<LoginVerdict> {
  return verdictFor(limiters().pair, pairKey(subject), subject.address);
}

/** Counts one failed password against the pair and the address (see `countFailure`). */
export async function recordLoginFailure(subject: {
  account: string;
  address: string | null;
}): Promise<Date | null> {
  return countFailure(limiters().pair, pairKey(subject), subject.address);
}

/** A success clears the pair's consecutive failures (the address's daily count stands). */
export async function clearLoginFailures(subject: {
  account: string;
  address: string | null;
}): Promise<void> {
  await limiters().pair.delete(pairKey(subject));
}

/**
 * Whether a second-factor code (or recovery code) may be tried for `userId` now, and how long
 * to wait first: throttled like passwords, per account, and within the address's daily count.
 */
export async function checkSecondFactor({
  userId,
  address,
}: {
  userId: string;
  address: string | null;
}): Promise<LoginVerdict> {
  return verdictFor(limiters().code, userId, address);
}

/** Counts a wrong code; returns when codes are now refused for the account, or null. */
export async function recordSecondFactorFailure({
  userId,
  address,
}: {
  userId: string;
  address: string | null;
}): Promise<Date | null> {
  return countFailure(limiters().code, userId, address);
}

/** A right code clears the account's count. */
export async function clearSecondFactorFailures({ userId }: { userId: string }): Promise<void> {
  await limiters().code.delete(userId);
}
