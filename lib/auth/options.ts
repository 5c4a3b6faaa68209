import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate } from "./authenticate";

/** Sessions last a working day; the database is consulted on every request regardless. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

function secureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

/** The session cookie's name, shared by next-auth and the sign-in action that issues it. */
export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

const ZCredentials = z.object({
  email: z.string().min(1).max(320),
  password: z.string().min(1).max(200),
});

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
    pages: { signIn: "/sign-in", signOut: "/sign-out", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email address", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          const parsed = ZCredentials.safeParse(credentials);
          if (!parsed.success) return null;
          const forwarded = request?.headers?.["x-forwarded-for"];
          const address =
            typeof forwarded === "string" ? forwarded.split(",").at(-1)?.trim() : null;
          const result = await authenticate({ ...parsed.data, address });
          return result.ok
            ? { id: result.user.id, email: result.user.email, name: result.user.name }
            : null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        return { ...session, userId: token.sub };
      },
    },
  };
}
