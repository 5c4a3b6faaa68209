import "server-only";
import type { Prisma } from "../generated/prisma/client";

/**
 * Who may own a footprint's action: someone with an account who answers to the footprint, as its
 * board admin, a current member of its network, or holding a current appointment at one of its
 * organisations. An owner is notified when the action falls overdue, so it must be a user.
 */
export function actionOwnersOf({
  footprintId,
  now,
}: {
  footprintId: string;
  now: Date;
}): Prisma.UserWhereInput {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return {
    disabledAt: null,
    OR: [
      { roleGrants: { some: { role: "BOARD_ADMIN", footprintId } } },
      {
        person: {
          networkMemberships: { some: { leftAt: null, network: { footprintId } } },
        },
      },
      {
        person: {
          appointments: {
            some: {
              startsOn: { lte: now },
              OR: [{ endsOn: null }, { endsOn: { gte: today } }],
              organisation: { footprints: { some: { footprintId } } },
            },
          },
        },
      },
    ],
  };
}
