import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { Prisma } from "../generated/prisma/client";
import { dateOnly, formatUkDate } from "../format/dates";
import { notify } from "../notifications/notify";
import { assertBoardAdminOf } from "./footprint-access";
import { eligibleInFootprint } from "./load-candidates";
import type { AssignPersonInput } from "./schemas";

/** The smallest written reason we accept for assigning someone who is not eligible. */
const MIN_OVERRIDE_REASON = 10;

/**
 * Attaches a person to a workstream (as non-executive lead or member) or to a board seat (as its
 * holder). Rules (DESIGN.md, "Assignment rules"):
 *  - only the footprint's board admins (anyone else: not found);
 *  - an ineligible person needs a written reason, recorded and audited as an override;
 *  - one current lead per workstream, one holder per seat: checked here for a clear message, and
 *    enforced by partial unique indexes so two admins assigning at once cannot both win;
 *  - a person's current lead roles are capped by the footprint's lead cap; the person's row is
 *    locked first so two parallel assignments of the same person cannot both pass the count.
 */
export async function assignPerson({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: AssignPersonInput;
  now?: Date;
}): Promise<{ assignmentId: string }> {
  const { footprintId, kind, targetId, personId, startsOn } = input;
  assertBoardAdminOf({ actor, footprintId });
  const role = kind === "seats" ? "MEMBER" : input.role;

  try {
    const result = await prisma.$transaction(async (tx) => {
      const target =
        kind === "workstreams"
          ? await tx.workstream.findFirst({
              where: { id: targetId, footprintId },
              select: {
                id: true,
                name: true,
                status: true,
                footprint: { select: { name: true, leadCap: true } },
              },
            })
          : await tx.boardSeat.findFirst({
              where: { id: targetId, footprintId },
              select: {
                id: true,
                name: true,
                status: true,
                footprint: { select: { name: true, leadCap: true } },
              },
            });
      if (!target) throw new DomainError({ code: "NOT_FOUND", message: "Page not found" });
      if (target.status === "CLOSED") {
        throw new DomainError({
          code: "INVALID_STATE",
          message: `${target.name} is closed: reopen it before assigning anyone.`,
        });
      }

      const locked = await tx.$queryRaw<
        { id: string }[]
      >`SELECT "id" FROM "Person" WHERE "id" = ${personId} FOR UPDATE`;
      if (locked.length === 0)
        throw new DomainError({
          code: "NOT_FOUND",
          message: "That person was not found.",
          field: "personId",
        });
      const person = await tx.person.findUniqueOrThrow({
        where: { id: personId },
        select: { givenName: true, familyName: true, user: { select: { id: true } } },
      });
      const name = `${person.givenName} ${person.familyName}`;

      const eligible =
        (await tx.person.count({
          where: { AND: [{ id: personId }, eligibleInFootprint({ footprintId, now })] },
        })) > 0;
      const overrideReason = input.overrideReason?.trim();
      if (!eligible && (!overrideReason || overrideReason.length < MIN_OVERRIDE_REASON)) {
        throw new DomainError({
          code: "FORBIDDEN",
          field: "overrideReason",
          message: `${name} has no current non-executive appointment in ${target.footprint.name} and is not a member of its network. Give a reason of at least ${MIN_OVERRIDE_REASON} characters to assign them anyway.`,
        });
      }

      const current = await tx.assignment.findMany({
        where:
          kind === "workstreams"
            ? { workstreamId: targetId, endsOn: null }
            : { boardSeatId: targetId, endsOn: null },
        select: {
          role: true,
          personId: true,
          person: { select: { givenName: true, familyName: true } },
        },
      });
      if (current.some((a) => a.personId === personId)) {
        throw new DomainError({
          code: "ALREADY_EXISTS",
          message: `${name} is already assigned to ${target.name}.`,
        });
      }
      const holder = kind === "seats" ? current[0] : current.find((a) => a.role === "LEAD");
      if (holder && (kind === "seats" || role === "LEAD")) {
        throw alreadyFilled({
          kind,
          targetName: target.name,
          holderName: `${holder.person.givenName} ${holder.person.familyName}`,
        });
      }

      if (role === "LEAD") {
        const leads = await tx.assignment.count({
          where: { personId, role: "LEAD", endsOn: null },
        });
        if (leads >= target.footprint.leadCap) {
          throw new DomainError({
            code: "INVALID_STATE",
            field: "role",
            message: `${name} already leads ${leads} workstream${leads === 1 ? "" : "s"}: ${target.footprint.name} allows at most ${target.footprint.leadCap} lead roles for one person. End one of their lead roles first, or assign them as a member.`,
          });
        }
      }

      const assignment = await tx.assignment.create({
        data: {
          personId,
          role,
          workstreamId: kind === "workstreams" ? targetId : null,
          boardSeatId: kind === "seats" ? targetId : null,
          startsOn: dateOnly(startsOn),
          overrideReason: eligible ? null : overrideReason,
          assignedById: actor.id,
        },
        select: { id: true },
      });
      const after = { personId, role, kind, targetId, startsOn, eligible };
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "assignment.created",
        entityType: "Assignment",
        entityId: assignment.id,
        after,
      });
      if (!eligible) {
        await recordAuditEvent(tx, {
          actorId: actor.id,
          action: "assignment.override",
          entityType: "Assignment",
          entityId: assignment.id,
          after,
          reason: overrideReason,
        });
      }
      if (person.user) {
        await notify(tx, {
          userIds: [person.user.id],
          kind: "assignment.started",
          title: `You have been assigned to ${target.name}`,
          body: `${role === "LEAD" ? "Non-executive lead" : kind === "seats" ? "Board seat holder" : "Member"}, ${target.footprint.name}, from ${formatUkDate(dateOnly(startsOn))}.`,
          link: "/dashboard",
        });
      }
      return { assignmentId: assignment.id };
    });
    return result;
  } catch (error) {
    // The partial unique indexes refuse the loser of two simultaneous assignments.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await prisma.assignment.findFirst({
        where:
          kind === "workstreams"
            ? { workstreamId: targetId, endsOn: null, role: "LEAD" }
            : { boardSeatId: targetId, endsOn: null },
        select: {
          person: { select: { givenName: true, familyName: true } },
          workstream: { select: { name: true } },
          boardSeat: { select: { name: true } },
        },
      });
      throw alreadyFilled({
        kind,
        targetName:
          winner?.workstream?.name ??
          winner?.boardSeat?.name ??
          "This " + (kind === "seats" ? "seat" : "workstream"),
        holderName: winner
          ? `${winner.person.givenName} ${winner.person.familyName}`
          : "someone else",
        justNow: true,
      });
    }
    throw error;
  }
}

function alreadyFilled({
  kind,
  targetName,
  holderName,
  justNow = false,
}: {
  kind: "workstreams" | "seats";
  targetName: string;
  holderName: string;
  justNow?: boolean;
}): DomainError {
  const what =
    kind === "seats" ? `holds ${targetName}` : `is the non-executive lead of ${targetName}`;
  return new DomainError({
    code: "ALREADY_EXISTS",
    field: kind === "seats" ? undefined : "role",
    message: `${holderName} ${what}${justNow ? ": another admin assigned them a moment ago" : ""}. End that assignment first${kind === "seats" ? "" : ", or assign this person as a member"}.`,
  });
}
