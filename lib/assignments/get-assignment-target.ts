import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { assertBoardAdminOf } from "./footprint-access";
import type { TargetKind } from "./target-kind";

const assignmentSelect = {
  id: true,
  role: true,
  startsOn: true,
  endsOn: true,
  overrideReason: true,
  endReason: true,
  person: { select: { id: true, givenName: true, familyName: true } },
  assignedBy: { select: { name: true } },
  endedBy: { select: { name: true } },
} as const;

/**
 * A workstream or board seat of one of the actor's footprints, with every assignment it has had
 * (current first, then history, newest first). Anything else is "not found".
 */
export async function getAssignmentTarget({
  actor,
  footprintId,
  kind,
  id,
}: {
  actor: Actor;
  footprintId: string;
  kind: TargetKind;
  id: string;
}) {
  assertBoardAdminOf({ actor, footprintId });
  const assignments = {
    orderBy: [
      { endsOn: { sort: "desc" as const, nulls: "first" as const } },
      { startsOn: "desc" as const },
    ],
    select: assignmentSelect,
  };
  const footprint = { select: { id: true, name: true, leadCap: true } };
  const target =
    kind === "workstreams"
      ? await prisma.workstream.findFirst({
          where: { id, footprintId },
          select: {
            id: true,
            name: true,
            description: true,
            status: true,
            version: true,
            footprint,
            skills: { select: { id: true, name: true }, orderBy: { name: "asc" } },
            assignments,
          },
        })
      : await prisma.boardSeat
          .findFirst({
            where: { id, footprintId },
            select: {
              id: true,
              name: true,
              description: true,
              status: true,
              version: true,
              footprint,
              assignments,
            },
          })
          .then((seat) =>
            seat ? { ...seat, skills: [] as { id: string; name: string }[] } : null,
          );
  if (!target) throw new DomainError({ code: "NOT_FOUND", message: "Page not found" });
  return {
    ...target,
    kind,
    closed: target.status === "CLOSED",
    current: target.assignments.filter((a) => a.endsOn === null),
    history: target.assignments.filter((a) => a.endsOn !== null),
  };
}

export type AssignmentTarget = Awaited<ReturnType<typeof getAssignmentTarget>>;
