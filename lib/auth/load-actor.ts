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
};

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
