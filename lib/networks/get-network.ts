import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";

/** Whether the actor administers networks of this footprint (board admin of it). */
export function administers(actor: Actor | null, footprintId: string): boolean {
  return actor !== null && actor.boardFootprintIds.includes(footprintId);
}

/**
 * A network's page. Anyone sees its purpose, model, status and organisations; signed-in members
 * see its members; its footprint's board admins also see the pending join requests.
 */
export async function getNetwork({ id, actor }: { id: string; actor: Actor | null }) {
  const network = await prisma.network.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      purpose: true,
      function: true,
      model: true,
      howToJoin: true,
      status: true,
      version: true,
      footprint: {
        select: { id: true, name: true, kind: true, region: { select: { name: true } } },
      },
      organisations: {
        orderBy: { organisation: { name: "asc" } },
        select: { organisation: { select: { id: true, name: true, kind: true } } },
      },
      _count: { select: { memberships: { where: { leftAt: null } } } },
    },
  });
  if (!network) throw new DomainError({ code: "NOT_FOUND", message: "Network not found" });
  const isAdmin = administers(actor, network.footprint.id);
  const [members, myMembership, myRequest, pendingRequests] = await Promise.all([
    actor
      ? prisma.networkMembership.findMany({
          where: { networkId: id, leftAt: null },
          orderBy: [{ role: "asc" }, { person: { familyName: "asc" } }],
          select: {
            id: true,
            role: true,
            joinedAt: true,
            person: { select: { id: true, givenName: true, familyName: true } },
          },
        })
      : Promise.resolve(null),
    actor?.personId
      ? prisma.networkMembership.findFirst({
          where: { networkId: id, personId: actor.personId, leftAt: null },
          select: { id: true, role: true },
        })
      : Promise.resolve(null),
    actor?.personId
      ? prisma.networkJoinRequest.findFirst({
          where: { networkId: id, personId: actor.personId, status: "PENDING" },
          select: { id: true, createdAt: true },
        })
      : Promise.resolve(null),
    isAdmin
      ? prisma.networkJoinRequest.findMany({
          where: { networkId: id, status: "PENDING" },
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            message: true,
            createdAt: true,
            person: { select: { id: true, givenName: true, familyName: true } },
          },
        })
      : Promise.resolve(null),
  ]);
  return { network, members, myMembership, myRequest, pendingRequests, isAdmin };
}
