import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { prisma } from "../db/prisma";
import type { Role } from "../generated/prisma/enums";
import { authOptions } from "./options";

export type Actor = {
  id: string;
  email: string;
  name: string;
  personId: string | null;
  roles: ReadonlySet<Role>;
  /** Footprints this user is board admin of. */
  boardFootprintIds: readonly string[];
};

/**
 * The signed-in user, read from the database on every request (once per request, thanks to
 * `cache`): a disabled or deleted account is refused at once, whatever its session token says.
 * Returns null when signed out; `{ refused: true }` when a token names an account that may no
 * longer sign in.
 */
export const getSessionState = cache(
  async (): Promise<{ actor: Actor } | { actor: null; refused: boolean }> => {
    const session = (await getServerSession(authOptions())) as { userId?: string } | null;
    if (!session?.userId) return { actor: null, refused: false };
    const actor = await loadActor({ userId: session.userId });
    return actor ? { actor } : { actor: null, refused: true };
  },
);

/** The actor for a user id, or null when the account is gone or disabled. */
export async function loadActor({ userId }: { userId: string }): Promise<Actor | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      personId: true,
      disabledAt: true,
      roleGrants: { select: { role: true, footprintId: true } },
    },
  });
  if (!user || user.disabledAt) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    personId: user.personId,
    roles: new Set(user.roleGrants.map((g) => g.role)),
    boardFootprintIds: user.roleGrants
      .filter((g) => g.role === "BOARD_ADMIN" && g.footprintId)
      .map((g) => g.footprintId!),
  };
}

export async function getActor(): Promise<Actor | null> {
  return (await getSessionState()).actor;
}

/** The signed-in user, or a redirect to the sign-in page (which says why when the account was refused). */
export async function requireUser({ returnTo }: { returnTo?: string } = {}): Promise<Actor> {
  const state = await getSessionState();
  if (state.actor) return state.actor;
  const params = new URLSearchParams();
  if (state.refused) params.set("reason", "refused");
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
