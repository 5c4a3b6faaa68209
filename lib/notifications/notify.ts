import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { absoluteUrl } from "../http/absolute-url";
import { notificationEmail } from "./email-templates";
import { queueEmails } from "./queue-email";

export type NotificationKind =
  | "bid.submitted"
  | "bid.withdrawn"
  | "bid.co_author_added"
  | "assignment.started"
  | "assignment.ended"
  | "review.assigned"
  | "review.unassigned"
  | "review.reopened"
  | "conflict.declared"
  | "governance.submitted"
  | "governance.reopened"
  | "governance.action_overdue";

/**
 * Writes in-app notifications and their emails in the caller's transaction: the emails go on the
 * job queue with the change they report, so one that rolls back sends nothing (and the action
 * never waits for a relay). A disabled account gets the notification but no email.
 */
export async function notify(
  tx: Prisma.TransactionClient,
  {
    userIds,
    kind,
    title,
    body,
    link,
  }: { userIds: string[]; kind: NotificationKind; title: string; body: string; link: string },
): Promise<void> {
  const unique = [...new Set(userIds)];
  if (!unique.length) return;
  await tx.notification.createMany({
    data: unique.map((userId) => ({ userId, kind, title, body, link })),
  });
  const users = await tx.user.findMany({
    where: { id: { in: unique }, disabledAt: null },
    select: { id: true, email: true },
  });
  const email = notificationEmail({ title, body, url: absoluteUrl(link) });
  await queueEmails(
    tx,
    users.map((user) => ({ to: user.email, userId: user.id, email })),
  );
}
