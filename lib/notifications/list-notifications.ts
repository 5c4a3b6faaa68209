import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";

/** The actor's own notifications, newest first; the unread ones are marked read once listed. */
export async function listNotifications({ actor }: { actor: Actor }) {
  const notifications = await prisma.notification.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      kind: true,
      title: true,
      body: true,
      link: true,
      createdAt: true,
      readAt: true,
    },
  });
  const unread = notifications.filter((n) => !n.readAt).map((n) => n.id);
  if (unread.length)
    await prisma.notification.updateMany({
      where: { id: { in: unread }, userId: actor.id },
      data: { readAt: new Date() },
    });
  return notifications;
}
