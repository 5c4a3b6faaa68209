import "server-only";
import { auditChanges } from "../audit/changes";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { editedVersion } from "../errors/edited-version";
import { Prisma } from "../generated/prisma/client";
import { ukDateString, dateOnly } from "../format/dates";
import { notify } from "../notifications/notify";
import { assertBoardAdminOf } from "./footprint-access";
import type { SaveBoardSeatInput, SaveWorkstreamInput } from "./schemas";

type Tx = Prisma.TransactionClient;

/**
 * Creates or edits a workstream (or, with saveBoardSeat, a seat) of one of the actor's footprints.
 * Edits carry the version the admin saw: a change made meanwhile by someone else is refused, not
 * overwritten. Closing ends every current assignment, keeping the history.
 */
export async function saveWorkstream({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: SaveWorkstreamInput;
  now?: Date;
}): Promise<{ id: string }> {
  assertBoardAdminOf({ actor, footprintId: input.footprintId });
  const skills = await prisma.skill.findMany({
    where: { id: { in: input.skillIds } },
    select: { id: true },
  });
  if (skills.length !== new Set(input.skillIds).size) {
    throw new DomainError({
      code: "NOT_FOUND",
      field: "skillIds",
      message: "Choose skills from the list",
    });
  }
  const data = {
    name: input.name,
    description: input.description,
    status: input.status,
    closedAt: input.status === "CLOSED" ? now : null,
  };
  const result = await withUniqueName(input.name, () =>
    prisma.$transaction(async (tx) => {
      if (!input.id) {
        const created = await tx.workstream.create({
          data: { ...data, footprintId: input.footprintId, skills: { connect: skills } },
          select: { id: true },
        });
        await recordAuditEvent(tx, {
          actorId: actor.id,
          action: "workstream.created",
          entityType: "Workstream",
          entityId: created.id,
          after: { ...data, closedAt: null, skillIds: input.skillIds },
        });
        return created;
      }
      const before = await tx.workstream.findFirst({
        where: { id: input.id, footprintId: input.footprintId },
        select: {
          name: true,
          description: true,
          status: true,
          closedAt: true,
          version: true,
          skills: { select: { id: true } },
        },
      });
      if (!before) throw new DomainError({ code: "NOT_FOUND", message: "Page not found" });
      const written = {
        ...data,
        closedAt: input.status === "CLOSED" ? (before.status === "CLOSED" ? undefined : now) : null,
      };
      const { count } = await tx.workstream.updateMany({
        where: { id: input.id, version: editedVersion(input.version) },
        data: { ...written, version: { increment: 1 } },
      });
      if (count === 0) throw staleWrite("workstream");
      await tx.workstream.update({ where: { id: input.id }, data: { skills: { set: skills } } });
      if (input.status === "CLOSED" && before.status !== "CLOSED") {
        await endCurrentAssignments(tx, {
          actor,
          where: { workstreamId: input.id },
          name: input.name,
          now,
        });
      }
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action:
          input.status === "CLOSED" && before.status !== "CLOSED"
            ? "workstream.closed"
            : "workstream.updated",
        entityType: "Workstream",
        entityId: input.id,
        ...auditChanges(
          { ...before, skillIds: before.skills.map((s) => s.id) },
          { ...written, skillIds: input.skillIds },
        ),
      });
      return { id: input.id };
    }),
  );
  return result;
}

export async function saveBoardSeat({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: SaveBoardSeatInput;
  now?: Date;
}): Promise<{ id: string }> {
  assertBoardAdminOf({ actor, footprintId: input.footprintId });
  const data = { name: input.name, description: input.description, status: input.status };
  const result = await withUniqueName(input.name, () =>
    prisma.$transaction(async (tx) => {
      if (!input.id) {
        const created = await tx.boardSeat.create({
          data: { ...data, footprintId: input.footprintId },
          select: { id: true },
        });
        await recordAuditEvent(tx, {
          actorId: actor.id,
          action: "seat.created",
          entityType: "BoardSeat",
          entityId: created.id,
          after: data,
        });
        return created;
      }
      const before = await tx.boardSeat.findFirst({
        where: { id: input.id, footprintId: input.footprintId },
        select: { name: true, description: true, status: true, closedAt: true, version: true },
      });
      if (!before) throw new DomainError({ code: "NOT_FOUND", message: "Page not found" });
      const closing = input.status === "CLOSED" && before.status !== "CLOSED";
      const written = {
        ...data,
        closedAt: input.status === "CLOSED" ? (closing ? now : undefined) : null,
      };
      const { count } = await tx.boardSeat.updateMany({
        where: { id: input.id, version: editedVersion(input.version) },
        data: { ...written, version: { increment: 1 } },
      });
      if (count === 0) throw staleWrite("board seat");
      if (closing)
        await endCurrentAssignments(tx, {
          actor,
          where: { boardSeatId: input.id },
          name: input.name,
          now,
        });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: closing ? "seat.closed" : "seat.updated",
        entityType: "BoardSeat",
        entityId: input.id,
        ...auditChanges(before, written),
      });
      return { id: input.id };
    }),
  );
  return result;
}

function staleWrite(what: string): DomainError {
  return new DomainError({
    code: "STALE_WRITE",
    message: `Someone else changed this ${what} while you were editing it. Your changes were not saved: check the current details and make your changes again.`,
  });
}

async function withUniqueName<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError({
        code: "ALREADY_EXISTS",
        field: "name",
        message: `This footprint already has one called “${name}”`,
      });
    }
    throw error;
  }
}

async function endCurrentAssignments(
  tx: Tx,
  {
    actor,
    where,
    name,
    now,
  }: {
    actor: Actor;
    where: Prisma.AssignmentWhereInput;
    name: string;
    now: Date;
  },
): Promise<void> {
  const current = await tx.assignment.findMany({
    where: { ...where, endsOn: null },
    select: { id: true, startsOn: true, person: { select: { user: { select: { id: true } } } } },
  });
  const today = dateOnly(ukDateString(now));
  for (const assignment of current) {
    const endsOn = assignment.startsOn > today ? assignment.startsOn : today;
    await tx.assignment.update({
      where: { id: assignment.id },
      data: { endsOn, endReason: `${name} was closed`, endedById: actor.id },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "assignment.ended",
      entityType: "Assignment",
      entityId: assignment.id,
      after: { endsOn: endsOn.toISOString().slice(0, 10) },
      reason: `${name} was closed`,
    });
    if (assignment.person.user) {
      await notify(tx, {
        userIds: [assignment.person.user.id],
        kind: "assignment.ended",
        title: `${name} has closed`,
        body: "Your assignment to it has ended.",
        link: "/dashboard",
      });
    }
  }
}
