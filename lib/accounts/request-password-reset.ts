import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import { createToken } from "../auth/tokens";
import { prisma } from "../db/prisma";
import { absoluteUrl } from "../http/absolute-url";
import { passwordResetEmail } from "../notifications/email-templates";
import { queueEmail } from "../notifications/queue-email";

/** A reset link works once, for an hour. */
export const PASSWORD_RESET_MAX_AGE_MS = 60 * 60 * 1000;
/** Links sent to one account per hour: enough for a retry, too few to flood an inbox. */
const MAX_RESETS_PER_HOUR = 3;

/**
 * "Forgotten your password?": for an existing, enabled account, a single-use link (the token
 * stored hashed) by email, in the same transaction as the token. Returns nothing in every case,
 * so the page says the same whether or not the address has an account.
 */
export async function requestPasswordReset({
  email,
  now = new Date(),
}: {
  email: string;
  now?: Date;
}): Promise<void> {
  const user = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return;
  await prisma.$transaction(async (tx) => {
    const recent = await tx.passwordReset.count({
      where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - 60 * 60 * 1000) } },
    });
    if (recent >= MAX_RESETS_PER_HOUR) return;
    const { token, tokenHash } = createToken();
    const reset = await tx.passwordReset.create({
      data: {
        userId: user.id,
        tokenHash,
        expiresAt: new Date(now.getTime() + PASSWORD_RESET_MAX_AGE_MS),
        createdAt: now,
      },
      select: { id: true, expiresAt: true },
    });
    await recordAuditEvent(tx, {
      actorId: null,
      action: "user.password_reset_requested",
      entityType: "User",
      entityId: user.id,
      after: { passwordResetId: reset.id, expiresAt: reset.expiresAt.toISOString() },
    });
    const url = absoluteUrl(`/reset-password/${token}`);
    await queueEmail(tx, {
      to: user.email,
      userId: user.id,
      email: passwordResetEmail({ name: user.name, url }),
      secretLink: url,
    });
  });
}
