import "server-only";
import type { Actor } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";

/**
 * Who may see a bid: its lead, its co-authors and programme admins (who read every bid). Who may
 * change it: its lead and co-authors. Anyone else is answered 404, as for a bid that does not exist.
 */
export function bidReadableBy(actor: Actor): Prisma.BidWhereInput {
  if (actor.roles.has("PROGRAMME_ADMIN")) return {};
  return bidEditableBy(actor);
}

export function bidEditableBy(actor: Actor): Prisma.BidWhereInput {
  return { OR: [{ leadUserId: actor.id }, { coAuthors: { some: { userId: actor.id } } }] };
}

/**
 * Footprints where a person holds a current appointment: at an organisation linked to the
 * footprint (docs/domain.md, "Bid": bids are drafted with colleagues from the footprint).
 */
export function currentAppointmentIn({
  footprintId,
  now,
}: {
  footprintId: string;
  now: Date;
}): Prisma.PersonWhereInput {
  return {
    appointments: {
      some: {
        startsOn: { lte: now },
        OR: [{ endsOn: null }, { endsOn: { gte: startOfUtcDay(now) } }],
        organisation: { footprints: { some: { footprintId } } },
      },
    },
  };
}

function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
