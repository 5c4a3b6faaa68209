import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import { prisma } from "../db/prisma";
import { Prisma } from "../generated/prisma/client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { env } from "../env";
import { absoluteUrl } from "../http/absolute-url";
import { signInLinkEmail } from "../notifications/email-templates";
import { queueEmail } from "../notifications/queue-email";

/** A sign-in link works once, for 15 minutes. */
export const SIGN_IN_LINK_MAX_AGE_SECONDS = 15 * 60;
/** Links outstanding per address at once: enough for a retry, too few to flood an inbox. */
const MAX_OUTSTANDING_LINKS = 3;

/** Only accounts that exist and are enabled may sign in by link: nobody signs up alone. */
async function findEnabledUser(email: string) {
  const user = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, disabledAt: true },
  });
  return user && !user.disabledAt ? user : null;
}

/**
 * The three adapter methods next-auth's EmailProvider needs, on the portal's own Prisma client
 * (the @auth/prisma-adapter package is typed against a client Prisma 7 no longer exports):
 * tokens in `VerificationToken`, deleted as they are used, so each link works once.
 */
export function emailLinkAdapter(): Adapter {
  return {
    async getUserByEmail(email): Promise<AdapterUser | null> {
      const user = await findEnabledUser(email);
      return user ? { id: user.id, email: user.email, name: user.name, emailVerified: null } : null;
    },
    async createVerificationToken(token) {
      await prisma.verificationToken.create({ data: token });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      try {
        return await prisma.verificationToken.delete({
          where: { identifier_token: { identifier, token } },
        });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
          return null;
        throw error;
      }
    },
  };
}

/** next-auth's own hash of an emailed token (core/lib/utils hashToken), as the adapter stores it. */
function hashLinkToken(token: string): string {
  return createHash("sha256")
    .update(`${token}${process.env.NEXTAUTH_SECRET ?? ""}`)
    .digest("hex");
}

function callbackLink({ token, email }: { token: string; email: string }): string {
  const query = new URLSearchParams({ callbackUrl: absoluteUrl("/"), token, email });
  return absoluteUrl(`/api/auth/callback/email?${query}`);
}

/**
 * next-auth's EmailProvider, with delivery through the portal's queue. A request through
 * next-auth's own endpoint (/api/auth/signin/email) lands here after its `signIn` callback has
 * checked the address; the browser's form uses `requestSignInLink` below instead.
 */
export function emailLinkProvider() {
  return EmailProvider({
    maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
    from: env().EMAIL_FROM,
    async sendVerificationRequest({ identifier, url }) {
      const user = await findEnabledUser(identifier);
      if (!user) return;
      await prisma.$transaction((tx) =>
        queueEmail(tx, {
          to: user.email,
          userId: user.id,
          email: signInLinkEmail({ url }),
          secretLink: url,
        }),
      );
    },
  });
}

/**
 * "Email me a sign-in link", from the portal's own form (a server action, so it works without
 * JavaScript): the token and the email in one transaction, for an existing, enabled account only.
 * It answers nothing either way, so the page cannot tell anyone whether an address has an account.
 */
export async function requestSignInLink({
  email,
  now = new Date(),
}: {
  email: string;
  now?: Date;
}): Promise<void> {
  const user = await findEnabledUser(email);
  if (!user) return;
  await prisma.$transaction(async (tx) => {
    await tx.verificationToken.deleteMany({ where: { expires: { lt: now } } });
    const outstanding = await tx.verificationToken.count({ where: { identifier: user.email } });
    if (outstanding >= MAX_OUTSTANDING_LINKS) return;
    const token = randomBytes(32).toString("hex");
    await tx.verificationToken.create({
      data: {
        identifier: user.email,
        token: hashLinkToken(token),
        expires: new Date(now.getTime() + SIGN_IN_LINK_MAX_AGE_SECONDS * 1000),
      },
    });
    const url = callbackLink({ token, email: user.email });
    await queueEmail(tx, {
      to: user.email,
      userId: user.id,
      email: signInLinkEmail({ url }),
      secretLink: url,
    });
  });
}

/** The account a followed link is for, when it may still sign in. */
export async function userForSignInLink(email: string | null | undefined) {
  return email ? findEnabledUser(email) : null;
}

/** A followed link signed someone in: recorded as a password sign-in is. */
export async function recordLinkSignIn({
  userId,
  now = new Date(),
}: {
  userId: string;
  now?: Date;
}) {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { lastSignInAt: now } });
    await recordAuditEvent(tx, {
      actorId: userId,
      action: "auth.signed_in_by_link",
      entityType: "User",
      entityId: userId,
    });
  });
}
