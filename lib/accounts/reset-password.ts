import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import { hashPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-strength";
import { hashToken, isTokenShaped } from "../auth/tokens";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { passwordChangedEmail } from "../notifications/email-templates";
import { queueEmail } from "../notifications/queue-email";

export const LINK_REFUSED =
  "This link has expired or has already been used. Ask for a new one from the sign-in page.";

/**
 * Sets a new password from a reset link. The link is used up by a conditional update, so two
 * posts of one link cannot both succeed; every other unused link of the account dies with it;
 * and the account's session version moves on, which ends every session it had (checked on every
 * request). The account holder is told by email, in the same transaction.
 */
export async function resetPassword({
  token,
  password,
  now = new Date(),
}: {
  token: string;
  password: string;
  now?: Date;
}): Promise<{ userId: string }> {
  if (!isTokenShaped(token)) throw new DomainError({ code: "NOT_FOUND", message: LINK_REFUSED });
  const reset = await prisma.passwordReset.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      userId: true,
      user: { select: { email: true, name: true, disabledAt: true } },
    },
  });
  if (!reset || reset.user.disabledAt)
    throw new DomainError({ code: "NOT_FOUND", message: LINK_REFUSED });
  const problem = passwordProblem({ password, userInputs: [reset.user.email, reset.user.name] });
  if (problem)
    throw new DomainError({ code: "INVALID_STATE", field: "password", message: problem });
  const passwordHash = await hashPassword(password);

  await prisma.$transaction(async (tx) => {
    const { count } = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count === 0) throw new DomainError({ code: "NOT_FOUND", message: LINK_REFUSED });
    await tx.passwordReset.updateMany({
      where: { userId: reset.userId, usedAt: null },
      data: { usedAt: now },
    });
    const user = await tx.user.update({
      where: { id: reset.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await recordAuditEvent(tx, {
      actorId: reset.userId,
      action: "user.password_reset",
      entityType: "User",
      entityId: reset.userId,
      before: { passwordHash: "(old)", sessionVersion: user.sessionVersion - 1 },
      after: { passwordHash: "(new)", sessionVersion: user.sessionVersion },
    });
    await queueEmail(tx, {
      to: reset.user.email,
      userId: reset.userId,
      email: passwordChangedEmail({ name: reset.user.name, at: now }),
    });
  });
  return { userId: reset.userId };
}
