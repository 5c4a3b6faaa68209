import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { assertBoardAdminOf } from "./footprint-access";

/**
 * Sets how many lead roles one person may hold at once when assigned in this footprint (the
 * policy default is 3). Lowering it ends nobody's role: it applies to new assignments.
 */
export async function setLeadCap({
  actor,
  footprintId,
  leadCap,
}: {
  actor: Actor;
  footprintId: string;
  leadCap: number;
}): Promise<void> {
  assertBoardAdminOf({ actor, footprintId });
  await prisma.$transaction(async (tx) => {
    const before = await tx.footprint.findUnique({
      where: { id: footprintId },
      select: { leadCap: true },
    });
    if (!before) throw new DomainError({ code: "NOT_FOUND", message: "Page not found" });
    if (before.leadCap === leadCap) return;
    await tx.footprint.update({
      where: { id: footprintId },
      data: { leadCap, version: { increment: 1 } },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "footprint.lead_cap_changed",
      entityType: "Footprint",
      entityId: footprintId,
      before,
      after: { leadCap },
    });
  });
}
