import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import { prisma } from "../db/prisma";
import { dateOnly, formatUkDate, ukDateString } from "../format/dates";
import { notify } from "../notifications/notify";

/** How many overdue actions one run takes; a later run takes the rest. */
const BATCH = 200;

/**
 * Tells each overdue action's owner, once (issue 13: "actions past their due date are flagged and
 * their owners notified"). For a scheduled job: run it daily, or as often as you like, since an
 * action is claimed with `overdueNotifiedAt` in the transaction that writes its notification, and
 * rows another run holds are skipped, so two runs at once never tell anyone twice. An action whose
 * due date moves is told again if the new date passes (save-action.ts clears the mark). Emails go
 * on the job queue with the notification, in the same transaction.
 */
export async function notifyOverdueActions({ now = new Date() }: { now?: Date } = {}): Promise<{
  notified: number;
}> {
  const today = dateOnly(ukDateString(now));
  const { notified } = await prisma.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "GovernanceAction"
       WHERE status <> 'DONE' AND "dueOn" < ${today} AND "overdueNotifiedAt" IS NULL
       ORDER BY "dueOn", id
       LIMIT ${BATCH}
       FOR UPDATE SKIP LOCKED`;
    if (!claimed.length) return { notified: 0 };
    const ids = claimed.map((row) => row.id);
    const actions = await tx.governanceAction.findMany({
      where: { id: { in: ids } },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      select: {
        id: true,
        description: true,
        dueOn: true,
        ownerId: true,
        assessment: {
          select: {
            id: true,
            footprint: { select: { name: true } },
            period: { select: { name: true } },
          },
        },
      },
    });
    await tx.governanceAction.updateMany({
      where: { id: { in: ids } },
      data: { overdueNotifiedAt: now },
    });
    for (const action of actions) {
      await recordAuditEvent(tx, {
        actorId: null,
        action: "governance.action_overdue_notified",
        entityType: "GovernanceAction",
        entityId: action.id,
        before: { overdueNotifiedAt: null },
        after: { overdueNotifiedAt: now.toISOString() },
      });
      await notify(tx, {
        userIds: [action.ownerId],
        kind: "governance.action_overdue",
        title: `Overdue action: ${action.assessment.footprint.name}`,
        body: `An action you own in ${action.assessment.footprint.name}'s ${action.assessment.period.name} governance self-assessment was due on ${formatUkDate(action.dueOn)}: ${action.description}`,
        link: `/governance/assessments/${action.assessment.id}#actions`,
      });
    }
    return { notified: actions.length };
  });
  return { notified };
}
