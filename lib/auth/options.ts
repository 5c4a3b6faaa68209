import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "../env";
import { text } from "../forms/fields";
import { authenticate } from "./authenticate";
import { SESSION_MAX_AGE_SECONDS, secureCookies, sessionCookieName } from "./cookie-names";
import { completeSignIn } from "./complete-sign-in";
import {
  emailLinkAdapter,
  emailLinkProvider,
  recordLinkSignIn,
  userForSignInLink,
} from "./email-link";
import { prisma } from "../db/prisma";
import { loadActor, tokenSessionVersion } from "./load-actor";
import { needsSecondFactor } from "./second-factor-rules";
import { requestClientAddress } from "./request-address";

export { SESSION_MAX_AGE_SECONDS, sessionCookieName };

const ZCredentials = z.object({
  email: text({ label: "Email address", max: 320, required: "Enter your email address" }),
  password: text({ label: "Password", max: 200, required: "Enter your password", trim: false }),
});

/** Thrown by the jwt callback for a token whose account is disabled or gone. */
class AccountRefused extends Error {}

/**
 * next-auth with JWT sessions. The browser's sign-in form posts to a server action
 * (app/sign-in/actions.ts) that shares `authenticate` and issues the same cookie, so that it works
 * without JavaScript and can say exactly why a sign-in was refused. The credentials provider
 * below serves clients that use next-auth's own endpoints.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: process.env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: secureCookies(),
    pages: {
      signIn: "/sign-in",
      signOut: "/sign-out",
      error: "/sign-in",
      verifyRequest: "/sign-in/email-link?sent=1",
    },
    // Sign-in by emailed link, where there is a relay to send it (DESIGN.md, "Accounts").
    ...(env().SMTP_URL ? { adapter: emailLinkAdapter() } : {}),
    providers: [
      ...(env().SMTP_URL ? [emailLinkProvider()] : []),
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email address", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          const parsed = ZCredentials.safeParse(credentials);
          if (!parsed.success) return null;
          const requestHeaders = (request?.headers ?? {}) as Record<string, unknown>;
          const address = requestClientAddress((name) => {
            const value = requestHeaders[name];
            return typeof value === "string" ? value : null;
          });
          const result = await authenticate({ ...parsed.data, address });
          if (!result.ok) return null;
          // This endpoint has no step for a second factor, so an account that has or needs one
          // signs in only through the portal's own form (app/sign-in).
          const account = await prisma.user.findUnique({
            where: { id: result.user.id },
            select: {
              sessionVersion: true,
              totpEnabledAt: true,
              roleGrants: { select: { role: true } },
            },
          });
          if (
            !account ||
            account.totpEnabledAt ||
            needsSecondFactor(account.roleGrants.map((g) => g.role))
          )
            return null;
          return {
            id: result.user.id,
            email: result.user.email,
            name: result.user.name,
            sessionVersion: account.sessionVersion,
          };
        },
      }),
    ],
    logger: {
      // A refused account is expected, not an error worth a stack trace in the log.
      error(code, metadata) {
        const error = (metadata as { error?: unknown } | undefined)?.error ?? metadata;
        if (code === "JWT_SESSION_ERROR" && error instanceof AccountRefused) {
          console.warn(`[auth] session refused: ${error.message}`);
          return;
        }
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth][warn][${code}]`);
      },
      debug() {},
    },
    callbacks: {
      async signIn({ user, account, email }) {
        if (account?.provider !== "email") return true;
        const known = await userForSignInLink(user.email);
        // Asking for a link: an unknown or disabled address gets the same "check your email"
        // page as a known one, and no email.
        if (email?.verificationRequest) return known ? true : "/sign-in/email-link?sent=1";
        // Following one: the portal issues the session itself (or first asks for the second
        // factor), in this route handler's cookies, and sends the browser on. next-auth's own
        // session step needs adapter methods the portal does not have, and would skip the code.
        if (!known) return "/sign-in?reason=refused";
        await recordLinkSignIn({ userId: known.id });
        return completeSignIn({ userId: known.id });
      },
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion;
        }
        // next-auth's own endpoints (/api/auth/session and the rest) re-read the account on every
        // use, as pages do: a disabled or deleted one gets no session, and its cookie is cleared;
        // so does a session ended by a new password or "Sign out of every device".
        if (
          !token.sub ||
          !(await loadActor({ userId: token.sub, sessionVersion: tokenSessionVersion(token) }))
        )
          throw new AccountRefused("this account can no longer sign in");
        return token;
      },
      async session({ session, token }) {
        return { ...session, userId: token.sub };
      },
    },
  };
}
