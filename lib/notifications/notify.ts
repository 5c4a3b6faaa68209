import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { sendEmail, type EmailMessage } from "./send-email";

type NotificationWriter = {
  notification: { createMany(args: { data: Prisma.NotificationCreateManyInput[] }): unknown };
  user: {
    findMany(args: {
      where: { id: { in: string[] } };
      select: { id: true; email: true };
    }): Promise<{ id: string; email: string }[]>;
  };
};

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
 * Writes in-app notifications in the caller's transaction and returns the emails to send once it
 * commits (an email about a change that rolled back would be wrong).
 */
export async function notify(
  db: NotificationWriter,
  {
    userIds,
    kind,
    title,
    body,
    link,
  }: { userIds: string[]; kind: NotificationKind; title: string; body: string; link: string },
): Promise<EmailMessage[]> {
  const unique = [...new Set(userIds)];
  if (!unique.length) return [];
  await db.notification.createMany({
    data: unique.map((userId) => ({ userId, kind, title, body, link })),
  });
  const users = await db.user.findMany({
    where: { id: { in: unique } },
    select: { id: true, email: true },
  });
  return users.map((user) => ({ to: user.email, subject: title, text: `${body}\n\n${link}` }));
}

/** Sends emails after the transaction; a failed email never undoes the change it reports. */
export async function deliverEmails(messages: EmailMessage[]): Promise<void> {
  for (const message of messages) {
    try {
      await sendEmail(message);
    } catch (error) {
      console.error("[email] could not send", { to: message.to, subject: message.subject, error });
    }
  }
}
