import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "../generated/prisma/enums";
import { loadActor, resolveActor, tokenSessionVersion, type Actor } from "./load-actor";
import { sessionCookieName } from "./options";

export { loadActor, type Actor };

/**
 * The signed-in user, read from the database on every request (once per request, thanks to
 * `cache`): a disabled or deleted account is refused at once, whatever its session token says.
 * Returns null when signed out; `{ refused: true }` when a token names an account that may no
 * longer sign in, `{ ended: true }` when its session was ended (a new password, "Sign out of
 * every device").
 */
export const getSessionState = cache(
  async (): Promise<{ actor: Actor } | { actor: null; refused: boolean; ended?: boolean }> => {
    // The token is read here rather than through getServerSession, whose jwt callback would
    // refuse the account before this could say why (lib/auth/options.ts).
    const raw = (await cookies()).get(sessionCookieName())?.value;
    if (!raw) return { actor: null, refused: false };
    const token = await decode({ token: raw, secret: process.env.NEXTAUTH_SECRET ?? "" }).catch(
      () => null,
    );
    if (!token?.sub) return { actor: null, refused: false };
    const result = await resolveActor({
      userId: token.sub,
      sessionVersion: tokenSessionVersion(token),
    });
    if (result.actor) return { actor: result.actor };
    return result.refusal === "ended"
      ? { actor: null, refused: false, ended: true }
      : { actor: null, refused: true };
  },
);

export async function getActor(): Promise<Actor | null> {
  return (await getSessionState()).actor;
}

/** The signed-in user, or a redirect to the sign-in page (which says why when the account was refused). */
export async function requireUser({ returnTo }: { returnTo?: string } = {}): Promise<Actor> {
  const state = await getSessionState();
  if (state.actor) return state.actor;
  const params = new URLSearchParams();
  if (state.refused) params.set("reason", "refused");
  else if (state.ended) params.set("reason", "ended");
  if (returnTo) params.set("callbackUrl", returnTo);
  const query = params.toString();
  redirect(`/sign-in${query ? `?${query}` : ""}`);
}

/**
 * The signed-in user holding at least one of `roles`. Anyone else signed in gets 404, the same
 * answer as for a page that does not exist, so the check reveals nothing.
 */
export async function requireRole(
  roles: Role[],
  options: { returnTo?: string } = {},
): Promise<Actor> {
  const actor = await requireUser(options);
  if (!roles.some((role) => actor.roles.has(role))) notFound();
  return actor;
}

export function hasRole(actor: Actor | null, role: Role): boolean {
  return actor !== null && actor.roles.has(role);
}
