import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { SESSION_MAX_AGE_SECONDS, sessionCookieName } from "./cookie-names";
import { safeReturnPath } from "../http/return-path";

/** Time to enter a second-factor code (or set one up) after the password was accepted. */
const PENDING_MAX_AGE_SECONDS = 15 * 60;

const secret = () => process.env.NEXTAUTH_SECRET ?? "";
const secure = () => sessionCookieName().startsWith("__Secure-");

function cookieOptions(maxAge: number) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secure(), maxAge };
}

/**
 * Issues the session cookie, in next-auth's own format (a JWE it reads as its own). `sv` is the
 * account's session version: a token whose `sv` is older than the account's is refused on every
 * request (lib/auth/load-actor.ts), which is how a new password or "Sign out of every device"
 * ends every other session at once.
 */
export async function issueSessionCookie({
  user,
}: {
  user: { id: string; email: string; name: string; sessionVersion: number };
}): Promise<void> {
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name, sv: user.sessionVersion },
    secret: secret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const jar = await cookies();
  jar.set(sessionCookieName(), token, cookieOptions(SESSION_MAX_AGE_SECONDS));
  jar.delete(pendingCookieName());
}

/**
 * A sign-in half done: the first factor (password, emailed link, or an accepted invitation) is
 * proved and the second is still to enter (`code`) or to set up (`set-up`). Kept in its own
 * short-lived encrypted cookie. It deliberately has no `sub`, so it can never pass as a session.
 */
export type PendingSignIn = {
  userId: string;
  sessionVersion: number;
  step: "code" | "set-up";
  callbackUrl: string | null;
};

function pendingCookieName(): string {
  return `${secure() ? "__Secure-" : ""}portal.pending-sign-in`;
}

export async function setPendingSignIn(pending: PendingSignIn): Promise<void> {
  const token = await encode({
    token: {
      pendingUserId: pending.userId,
      sv: pending.sessionVersion,
      step: pending.step,
      callbackUrl: pending.callbackUrl,
    },
    secret: secret(),
    maxAge: PENDING_MAX_AGE_SECONDS,
  });
  const jar = await cookies();
  jar.set(pendingCookieName(), token, cookieOptions(PENDING_MAX_AGE_SECONDS));
  // Whoever was signed in on this browser before is not any more.
  jar.delete(sessionCookieName());
}

export async function readPendingSignIn(): Promise<PendingSignIn | null> {
  const raw = (await cookies()).get(pendingCookieName())?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: secret() }).catch(() => null);
  if (
    !token ||
    typeof token.pendingUserId !== "string" ||
    typeof token.sv !== "number" ||
    (token.step !== "code" && token.step !== "set-up")
  )
    return null;
  return {
    userId: token.pendingUserId,
    sessionVersion: token.sv,
    step: token.step,
    callbackUrl: typeof token.callbackUrl === "string" ? token.callbackUrl : null,
  };
}

export async function clearPendingSignIn(): Promise<void> {
  (await cookies()).delete(pendingCookieName());
}

/**
 * New recovery codes on their way to the page that shows them once (/me/security/recovery-codes),
 * in an encrypted cookie for a few minutes, so the page works without JavaScript after a plain
 * form post and a redirect. "Continue" clears it.
 */
const CODES_MAX_AGE_SECONDS = 10 * 60;

function codesCookieName(): string {
  return `${secure() ? "__Secure-" : ""}portal.recovery-codes`;
}

export async function setRecoveryCodesToShow({
  userId,
  codes,
  next,
}: {
  userId: string;
  codes: string[];
  next: string;
}): Promise<void> {
  const token = await encode({
    token: { codesFor: userId, codes, next },
    secret: secret(),
    maxAge: CODES_MAX_AGE_SECONDS,
  });
  (await cookies()).set(codesCookieName(), token, {
    ...cookieOptions(CODES_MAX_AGE_SECONDS),
    path: "/me/security",
  });
}

export async function readRecoveryCodesToShow({
  userId,
}: {
  userId: string;
}): Promise<{ codes: string[]; next: string } | null> {
  const raw = (await cookies()).get(codesCookieName())?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: secret() }).catch(() => null);
  if (!token || token.codesFor !== userId || !Array.isArray(token.codes)) return null;
  return {
    codes: token.codes.filter((c): c is string => typeof c === "string"),
    next: safeReturnPath(token.next) ?? "/me/security",
  };
}

export async function clearRecoveryCodesToShow(): Promise<void> {
  (await cookies()).delete({ name: codesCookieName(), path: "/me/security" });
}
