import "server-only";
import { prisma } from "../db/prisma";
import type { Role } from "../generated/prisma/enums";

export type Actor = {
  id: string;
  email: string;
  name: string;
  personId: string | null;
  roles: ReadonlySet<Role>;
  /** Footprints this user is board admin of. */
  boardFootprintIds: readonly string[];
  /** Whether the account has an authenticator app as its second factor. */
  hasSecondFactor: boolean;
};

/** Why a session's token no longer opens the account. */
export type SessionRefusal = "disabled" | "ended";

/**
 * The actor for a session token's user, read on every request: refused when the account is gone
 * or disabled, or when the token's session version (`sv`) is not the account's own (a new
 * password or "Sign out of every device" raised it since the token was issued). Without
 * `sessionVersion` (use-cases and tests building an actor for a user id) no token is involved.
 */
export async function resolveActor({
  userId,
  sessionVersion,
}: {
  userId: string;
  sessionVersion?: number;
}): Promise<{ actor: Actor } | { actor: null; refusal: SessionRefusal }> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      personId: true,
      disabledAt: true,
      sessionVersion: true,
      totpEnabledAt: true,
      roleGrants: { select: { role: true, footprintId: true } },
    },
  });
  if (!user || user.disabledAt) return { actor: null, refusal: "disabled" };
  if (sessionVersion !== undefined && sessionVersion !== user.sessionVersion)
    return { actor: null, refusal: "ended" };
  return {
    actor: {
      id: user.id,
      email: user.email,
      name: user.name,
      personId: user.personId,
      roles: new Set(user.roleGrants.map((g) => g.role)),
      boardFootprintIds: user.roleGrants
        .filter((g) => g.role === "BOARD_ADMIN" && g.footprintId)
        .map((g) => g.footprintId!),
      hasSecondFactor: user.totpEnabledAt !== null,
    },
  };
}

/** The actor, or null when the account is gone or disabled, or the session version is stale. */
export async function loadActor(options: {
  userId: string;
  sessionVersion?: number;
}): Promise<Actor | null> {
  return (await resolveActor(options)).actor;
}

/** A token's session version; a token from before session versions counts as none (0). */
export function tokenSessionVersion(token: Record<string, unknown>): number {
  return typeof token.sv === "number" && Number.isSafeInteger(token.sv) ? token.sv : 0;
}
