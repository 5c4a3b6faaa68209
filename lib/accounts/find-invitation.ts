import "server-only";
import { hashToken, isTokenShaped } from "../auth/tokens";
import { prisma } from "../db/prisma";

export type InvitationLinkState = "valid" | "accepted" | "revoked" | "expired" | "unknown";

/** What an invitation link is now, and who it is for when it still works. */
export async function findInvitationByToken({
  token,
  now = new Date(),
}: {
  token: string;
  now?: Date;
}): Promise<{ state: InvitationLinkState; email?: string; name?: string }> {
  if (!isTokenShaped(token)) return { state: "unknown" };
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, name: true, acceptedAt: true, revokedAt: true, expiresAt: true },
  });
  if (!invitation) return { state: "unknown" };
  if (invitation.acceptedAt) return { state: "accepted" };
  if (invitation.revokedAt) return { state: "revoked" };
  if (invitation.expiresAt <= now) return { state: "expired" };
  return { state: "valid", email: invitation.email, name: invitation.name };
}
