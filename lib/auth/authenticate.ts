import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import { prisma } from "../db/prisma";
import { checkLogin, clearLoginFailures, recordLoginFailure } from "./login-limits";
import { DUMMY_HASH, verifyPassword } from "./password";

export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "locked"; retryAt: Date };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks an e-mail address and password, limited per account and address together and per
 * address per day (lib/auth/login-limits.ts). An unknown address and a wrong password get the same
 * answer, in about the same time; a disabled account gets the same answer whatever the password.
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
  const subject = { account: normalised, address: address ?? null };
  const verdict = await checkLogin(subject);
  if (!verdict.allowed) return { ok: false, reason: "locked", retryAt: verdict.retryAt };
  if (verdict.delayMs > 0) await sleep(verdict.delayMs);

  const user = await prisma.user.findUnique({
    where: { email: normalised },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  // The hash is checked even for a disabled account, so the answer takes as long either way.
  const passwordOk = await verifyPassword({
    hash: user?.passwordHash ?? DUMMY_HASH,
    password,
  });
  if (user?.disabledAt) return { ok: false, reason: "disabled" };

  if (!user || !user.passwordHash || !passwordOk) {
    const lockedUntil = await recordLoginFailure(subject);
    if (lockedUntil) {
      await recordAuditEvent(prisma, {
        actorId: user?.id ?? null,
        action: "auth.locked",
        entityType: "User",
        entityId: user?.id ?? normalised,
        after: { lockedUntil: lockedUntil.toISOString(), address: subject.address },
      });
      return { ok: false, reason: "locked", retryAt: lockedUntil };
    }
    return { ok: false, reason: "invalid" };
  }

  await clearLoginFailures(subject);
  await prisma.$transaction([
    prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: now } }),
    prisma.auditEvent.create({
      data: { actorId: user.id, action: "auth.signed_in", entityType: "User", entityId: user.id },
    }),
  ]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
