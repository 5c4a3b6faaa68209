import "server-only";
import { prisma } from "../db/prisma";
import { needsSecondFactor } from "./second-factor-rules";
import { issueSessionCookie, setPendingSignIn } from "./session-cookie";
import { safeCallbackPath, startPathFor } from "./start-path";

/**
 * What follows a proved first factor (a password, an emailed link, an accepted invitation): for
 * an account with a second factor, the code page; for staff without one yet, its set-up, before
 * anything else; otherwise the session itself. Returns where to send the browser.
 */
export async function completeSignIn({
  userId,
  callbackUrl,
}: {
  userId: string;
  callbackUrl?: unknown;
}): Promise<string> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      disabledAt: true,
      sessionVersion: true,
      totpEnabledAt: true,
      roleGrants: { select: { role: true } },
    },
  });
  if (!user || user.disabledAt) return "/sign-in?reason=refused";
  const roles = user.roleGrants.map((g) => g.role);
  const callback = safeCallbackPath(callbackUrl) ?? null;
  if (user.totpEnabledAt || needsSecondFactor(roles)) {
    const step = user.totpEnabledAt ? "code" : "set-up";
    await setPendingSignIn({
      userId: user.id,
      sessionVersion: user.sessionVersion,
      step,
      callbackUrl: callback,
    });
    return step === "code" ? "/sign-in/code" : "/sign-in/set-up";
  }
  await issueSessionCookie({ user });
  return callback ?? startPathFor(roles);
}

/** Where a user lands once fully signed in: the page they asked for, or their start page. */
export async function landingPath({
  userId,
  callbackUrl,
}: {
  userId: string;
  callbackUrl: string | null;
}): Promise<string> {
  const safe = safeCallbackPath(callbackUrl ?? undefined);
  if (safe) return safe;
  const grants = await prisma.roleGrant.findMany({ where: { userId }, select: { role: true } });
  return startPathFor(grants.map((g) => g.role));
}
