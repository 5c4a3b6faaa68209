import { safeReturnPath } from "../http/return-path";
import type { Role } from "../generated/prisma/enums";

/** Where a user lands after signing in: the page of the most specific role they hold. */
export function startPathFor(roles: Iterable<Role>): string {
  const held = new Set(roles);
  if (held.has("PROGRAMME_ADMIN")) return "/admin";
  if (held.has("ASSESSOR")) return "/assessments";
  if (held.has("BOARD_ADMIN")) return "/board";
  return "/dashboard";
}

/** A callback URL from a query string, if it is a path on this site (never another origin). */
export const safeCallbackPath = safeReturnPath;
