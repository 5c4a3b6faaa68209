import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";

/** The assessor's own current assignments, with their own review's state and nothing of others'. */
export async function listMyReviewAssignments({ actor }: { actor: Actor }) {
  return prisma.reviewAssignment.findMany({
    where: { assessorId: actor.id, endedAt: null },
    orderBy: [{ dueAt: "asc" }, { assignedAt: "asc" }],
    select: {
      id: true,
      dueAt: true,
      assignedAt: true,
      review: { select: { state: true, submittedAt: true } },
      bid: {
        select: {
          id: true,
          title: true,
          footprint: { select: { name: true } },
          round: { select: { title: true } },
        },
      },
    },
  });
}
