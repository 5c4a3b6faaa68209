import type { Role } from "../generated/prisma/enums";

/**
 * Staff roles must use a second factor (DESIGN.md, "Accounts"): programme admins, assessors and
 * board admins see other people's data and decide on money. For members it is optional.
 */
export const ROLES_NEEDING_SECOND_FACTOR: readonly Role[] = [
  "PROGRAMME_ADMIN",
  "ASSESSOR",
  "BOARD_ADMIN",
];

export function needsSecondFactor(roles: Iterable<Role>): boolean {
  for (const role of roles) if (ROLES_NEEDING_SECOND_FACTOR.includes(role)) return true;
  return false;
}
