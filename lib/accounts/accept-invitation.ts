import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import { hashPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-strength";
import { hashToken, isTokenShaped } from "../auth/tokens";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { Prisma } from "../generated/prisma/client";

export const INVITATION_REFUSED =
  "This invitation link has expired, been withdrawn or been used already. Ask the person who invited you to send a new one.";

/**
 * Opens the invitee's account: the link is used up by a conditional update (accepted, revoked
 * or expired, it opens nothing, and two posts of one link make one account), the account gets
 * the invitation's roles, granted by its inviter, and the directory entry it names. The
 * privacy notice must be accepted. Returns the new account, for the sign-in that follows.
 */
export async function acceptInvitation({
  token,
  password,
  privacyAccepted,
  now = new Date(),
}: {
  token: string;
  password: string;
  privacyAccepted: boolean;
  now?: Date;
}): Promise<{ userId: string }> {
  const refused = () => new DomainError({ code: "NOT_FOUND", message: INVITATION_REFUSED });
  if (!isTokenShaped(token)) throw refused();
  const tokenHash = hashToken(token);
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      email: true,
      name: true,
      personId: true,
      roles: true,
      invitedById: true,
      boardFootprints: { select: { footprintId: true } },
    },
  });
  if (!invitation) throw refused();
  const problem = passwordProblem({ password, userInputs: [invitation.email, invitation.name] });
  if (problem)
    throw new DomainError({ code: "INVALID_STATE", field: "password", message: problem });
  if (!privacyAccepted)
    throw new DomainError({
      code: "INVALID_STATE",
      field: "privacyAccepted",
      message: "Accept the privacy notice to open your account",
    });
  const passwordHash = await hashPassword(password);

  try {
    return await prisma.$transaction(async (tx) => {
      const { count } = await tx.invitation.updateMany({
        where: {
          id: invitation.id,
          tokenHash,
          acceptedAt: null,
          revokedAt: null,
          expiresAt: { gt: now },
        },
        data: { acceptedAt: now, version: { increment: 1 } },
      });
      if (count === 0) throw refused();
      // The person may have been given an account some other way since the invitation.
      const personFree =
        invitation.personId &&
        !(await tx.user.findUnique({ where: { personId: invitation.personId } }));
      const grants = [
        ...invitation.roles.map((role) => ({ role, footprintId: null })),
        ...invitation.boardFootprints.map((b) => ({
          role: "BOARD_ADMIN" as const,
          footprintId: b.footprintId,
        })),
      ];
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: invitation.name,
          passwordHash,
          personId: personFree ? invitation.personId : null,
          privacyNoticeAcceptedAt: now,
          roleGrants: {
            create: grants.map((g) => ({
              ...g,
              grantedAt: now,
              grantedById: invitation.invitedById,
            })),
          },
        },
        select: { id: true },
      });
      await tx.invitation.update({
        where: { id: invitation.id },
        data: { acceptedUserId: user.id },
      });
      await recordAuditEvent(tx, {
        actorId: user.id,
        action: "invitation.accepted",
        entityType: "Invitation",
        entityId: invitation.id,
        before: { acceptedAt: null, acceptedUserId: null },
        after: { acceptedAt: now.toISOString(), acceptedUserId: user.id },
      });
      await recordAuditEvent(tx, {
        actorId: user.id,
        action: "user.created",
        entityType: "User",
        entityId: user.id,
        after: {
          email: invitation.email,
          name: invitation.name,
          personId: personFree ? invitation.personId : null,
          privacyNoticeAcceptedAt: now.toISOString(),
          roles: grants.map((g) => (g.footprintId ? `${g.role}:${g.footprintId}` : g.role)).sort(),
          invitationId: invitation.id,
        },
      });
      return { userId: user.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new DomainError({
        code: "ALREADY_EXISTS",
        message:
          'An account with this email address exists already. Sign in, or use "Forgotten your password?".',
      });
    throw error;
  }
}
