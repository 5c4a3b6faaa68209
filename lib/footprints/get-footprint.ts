import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import type { Prisma } from "../generated/prisma/client";
import { fieldVisibleWhere, viewerFrom } from "../people/visible-fields";

/** Current on a given day: started, and not ended before it. */
function currentOn(today: Date) {
  return { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] };
}

/**
 * The published register of interests of a footprint: published entries, current or ended, of the
 * people who hold a current appointment at one of its organisations. Public, like the register a
 * board publishes.
 */
export function publishedRegisterWhere(footprintId: string, today: Date) {
  return {
    published: true,
    person: {
      appointments: {
        some: {
          ...currentOn(today),
          organisation: { footprints: { some: { footprintId } } },
        },
      },
    },
  } satisfies Prisma.DeclarationWhereInput;
}

export const REGISTER_SELECT = {
  id: true,
  type: true,
  partyName: true,
  description: true,
  startsOn: true,
  endsOn: true,
  organisation: { select: { name: true } },
  person: { select: { id: true, givenName: true, familyName: true } },
} satisfies Prisma.DeclarationSelect;

/**
 * A footprint's page. Anyone may read it; the people on it (workstream leads, seat holders, the
 * non-executives of its organisations) only when signed in, and non-executives only where they
 * show their appointments. A fixed number of queries, whatever the footprint holds.
 */
export async function getFootprint({ id, actor }: { id: string; actor: Actor | null }) {
  const today = new Date();
  const signedIn = actor !== null;
  const footprint = await prisma.footprint.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      name: true,
      odsCode: true,
      onsCode: true,
      region: { select: { id: true, name: true } },
      parent: { select: { id: true, name: true } },
      children: { orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } },
      organisations: {
        orderBy: { organisation: { name: "asc" } },
        where: { organisation: { closedOn: null } },
        select: {
          organisation: {
            select: {
              id: true,
              name: true,
              kind: true,
              odsCode: true,
              footprints: {
                where: { footprintId: { not: id }, footprint: { kind: { not: "STP" } } },
                orderBy: { footprint: { name: "asc" } },
                select: { footprint: { select: { id: true, name: true, kind: true } } },
              },
            },
          },
        },
      },
      networks: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          status: true,
          _count: { select: { memberships: { where: { leftAt: null } } } },
        },
      },
      workstreams: {
        where: { status: { not: "CLOSED" } },
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          status: true,
          assignments: {
            where: { role: "LEAD", endsOn: null },
            select: {
              id: true,
              person: signedIn
                ? { select: { id: true, givenName: true, familyName: true } }
                : { select: { id: true } },
            },
          },
        },
      },
      boardSeats: {
        where: { status: "ACTIVE" },
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          assignments: {
            where: { endsOn: null },
            select: {
              id: true,
              person: signedIn
                ? { select: { id: true, givenName: true, familyName: true } }
                : { select: { id: true } },
            },
          },
        },
      },
    },
  });
  if (!footprint) throw new DomainError({ code: "NOT_FOUND", message: "Footprint not found" });

  const appointmentsVisible = fieldVisibleWhere({
    viewer: viewerFrom(actor),
    field: "appointments",
  });
  const [nonExecutives, register] = await Promise.all([
    appointmentsVisible
      ? prisma.appointment.findMany({
          where: {
            ...currentOn(today),
            organisation: { footprints: { some: { footprintId: id } } },
            person: appointmentsVisible,
          },
          orderBy: [{ person: { familyName: "asc" } }, { person: { givenName: "asc" } }],
          select: {
            id: true,
            role: true,
            title: true,
            organisation: { select: { id: true, name: true } },
            person: { select: { id: true, givenName: true, familyName: true } },
          },
        })
      : Promise.resolve(null),
    prisma.declaration.findMany({
      where: publishedRegisterWhere(id, today),
      orderBy: [{ person: { familyName: "asc" } }, { startsOn: "desc" }],
      select: REGISTER_SELECT,
    }),
  ]);
  return { footprint, nonExecutives, register };
}
