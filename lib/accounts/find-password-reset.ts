import "server-only";
import { hashToken, isTokenShaped } from "../auth/tokens";
import { prisma } from "../db/prisma";

export type LinkState = "valid" | "used" | "expired" | "unknown";

/** What a reset link is now: still usable, used, expired, or not one the portal issued. */
export async function findPasswordReset({
  token,
  now = new Date(),
}: {
  token: string;
  now?: Date;
}): Promise<{ state: LinkState; email?: string; name?: string }> {
  if (!isTokenShaped(token)) return { state: "unknown" };
  const reset = await prisma.passwordReset.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      usedAt: true,
      expiresAt: true,
      user: { select: { email: true, name: true, disabledAt: true } },
    },
  });
  if (!reset || reset.user.disabledAt) return { state: "unknown" };
  if (reset.usedAt) return { state: "used" };
  if (reset.expiresAt <= now) return { state: "expired" };
  return { state: "valid", email: reset.user.email, name: reset.user.name };
}
