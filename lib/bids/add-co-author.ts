import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { notify } from "../notifications/notify";
import { currentAppointmentIn } from "./bid-access";
import { loadEditableBid } from "./load-editable-bid";

/**
 * The lead adds a co-author by their sign-in email. Co-authors come from the same footprint: the
 * person must hold a current appointment there (docs/domain.md, "Bid").
 */
export async function addCoAuthor({
  actor,
  bidId,
  email,
  now = new Date(),
}: {
  actor: Actor;
  bidId: string;
  email: string;
  now?: Date;
}): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const bid = await loadEditableBid(tx, { actor, bidId, now });
    if (bid.leadUserId !== actor.id)
      throw new DomainError({
        code: "FORBIDDEN",
        message: "Only the bid's lead can add co-authors",
      });
    const notEligible = new DomainError({
      code: "FORBIDDEN",
      field: "email",
      message:
        "Enter the email address of a member with a current appointment in this bid's footprint",
    });
    const user = await tx.user.findUnique({
      where: { email: email.trim().toLowerCase() },
      select: { id: true, name: true, personId: true, disabledAt: true },
    });
    if (!user || user.disabledAt || !user.personId) throw notEligible;
    if (user.id === bid.leadUserId)
      throw new DomainError({
        code: "ALREADY_EXISTS",
        field: "email",
        message: "You lead this bid",
      });
    const eligible = await tx.person.count({
      where: {
        id: user.personId,
        ...currentAppointmentIn({ footprintId: bid.footprintId, now }),
      },
    });
    if (!eligible) throw notEligible;
    const created = await tx.bidCoAuthor.createMany({
      data: [{ bidId, userId: user.id, addedById: actor.id }],
      skipDuplicates: true,
    });
    if (created.count === 0)
      throw new DomainError({
        code: "ALREADY_EXISTS",
        field: "email",
        message: `${user.name} is already a co-author of this bid`,
      });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "bid.co_author_added",
      entityType: "Bid",
      entityId: bidId,
      after: { userId: user.id },
    });
    await notify(tx, {
      userIds: [user.id],
      kind: "bid.co_author_added",
      title: `You are a co-author of: ${bid.title}`,
      body: `${actor.name} added you as a co-author of the bid "${bid.title}".`,
      link: `/bids/${bidId}`,
    });
  });
}
