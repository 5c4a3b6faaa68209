import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import type { BidSectionKey } from "../generated/prisma/enums";
import { loadEditableBid } from "./load-editable-bid";

/** The section as it is now, after someone else's save: shown beside the user's own text. */
export type SectionConflict = {
  body: string;
  version: number;
  updatedByName: string | null;
  updatedAt: Date;
};

export class StaleSectionError extends DomainError {
  readonly current: SectionConflict;
  constructor(current: SectionConflict) {
    super({
      code: "STALE_WRITE",
      message:
        "Someone else saved this section while you were editing it. Compare the two versions and choose which to keep.",
      field: "body",
    });
    this.current = current;
  }
}

/**
 * Saves one section's answer if nobody has saved it since the user loaded `version`: the update is
 * conditional on the version, so of two saves from the same version exactly one lands and the other
 * is told, with the text that is now there, instead of silently overwriting it.
 */
export async function saveSection({
  actor,
  bidId,
  key,
  body,
  version,
  now = new Date(),
}: {
  actor: Actor;
  bidId: string;
  key: BidSectionKey;
  body: string;
  version: number;
  now?: Date;
}): Promise<{ version: number; savedAt: Date }> {
  return prisma.$transaction(async (tx) => {
    await loadEditableBid(tx, { actor, bidId, now });
    const before = await tx.bidSection.findUnique({
      where: { bidId_key: { bidId, key } },
      select: { body: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
    });
    if (!before) {
      await tx.bidSection.create({ data: { bidId, key, body, updatedById: actor.id } });
    } else {
      const { count } = await tx.bidSection.updateMany({
        where: { bidId, key, version },
        data: { body, updatedById: actor.id, version: { increment: 1 } },
      });
      if (count === 0) {
        // Read again: a save that committed while this one waited is the one to show.
        const current = await tx.bidSection.findUniqueOrThrow({
          where: { bidId_key: { bidId, key } },
          select: {
            body: true,
            version: true,
            updatedAt: true,
            updatedBy: { select: { name: true } },
          },
        });
        // The same text is already there (an autosave racing the Save button): nothing to choose.
        if (current.body === body) return { version: current.version, savedAt: current.updatedAt };
        throw new StaleSectionError({
          body: current.body,
          version: current.version,
          updatedByName: current.updatedBy?.name ?? null,
          updatedAt: current.updatedAt,
        });
      }
    }
    const after = await tx.bidSection.findUniqueOrThrow({
      where: { bidId_key: { bidId, key } },
      select: { version: true, updatedAt: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "bid.section_saved",
      entityType: "Bid",
      entityId: bidId,
      // The text itself, before and after: the bid is a record the round's decisions rest on.
      before: { key, body: before?.body ?? "", version: before?.version ?? 0 },
      after: { key, body, version: after.version },
    });
    return { version: after.version, savedAt: after.updatedAt };
  });
}
