import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { secondFactorSetUpEmail } from "../notifications/email-templates";
import { queueEmail } from "../notifications/queue-email";
import { generateRecoveryCodes, hashRecoveryCode } from "./recovery-codes";
import { checkTotp, isTotpSecret } from "./totp";

/**
 * Makes `secret` the account's second factor once the user has proved their app has it, with a
 * first code, and gives them ten new recovery codes (shown once, stored hashed). Only for an
 * account without a factor: replacing one is not this use-case's business. The audit event says
 * the secret changed, never what it is.
 */
export async function setUpSecondFactor({
  userId,
  secret,
  code,
  now = new Date(),
}: {
  userId: string;
  secret: string;
  code: string;
  now?: Date;
}): Promise<{ recoveryCodes: string[] }> {
  if (!isTotpSecret(secret))
    throw new DomainError({
      code: "INVALID_STATE",
      message: "Reload the page and try again: the set-up key was not right",
    });
  const check = checkTotp({ secret, code, now, lastUsedStep: null });
  if (!check.ok)
    throw new DomainError({
      code: "INVALID_STATE",
      field: "code",
      message:
        "The code is not right. Check the app shows the account for this portal, and enter the code it shows now.",
    });
  const recoveryCodes = generateRecoveryCodes();
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, disabledAt: null, totpEnabledAt: null },
      data: { totpSecret: secret, totpEnabledAt: now, totpLastUsedStep: check.step },
    });
    if (count === 0)
      throw new DomainError({
        code: "INVALID_STATE",
        message: "Your account has an authenticator app already.",
      });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({
      data: recoveryCodes.map((c) => ({ userId, codeHash: hashRecoveryCode(c), createdAt: now })),
    });
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, name: true },
    });
    await recordAuditEvent(tx, {
      actorId: userId,
      action: "user.second_factor_set_up",
      entityType: "User",
      entityId: userId,
      before: { totpSecret: null, totpEnabledAt: null, recoveryCodes: 0 },
      after: {
        totpSecret: "(set)",
        totpEnabledAt: now.toISOString(),
        recoveryCodes: recoveryCodes.length,
      },
    });
    await queueEmail(tx, {
      to: user.email,
      userId,
      email: secondFactorSetUpEmail({ name: user.name, at: now }),
    });
  });
  return { recoveryCodes };
}
