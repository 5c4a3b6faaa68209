import "server-only";
import type { Prisma } from "../generated/prisma/client";

type NotificationWriter = {
  notification: { create(args: { data: Prisma.NotificationUncheckedCreateInput }): unknown };
};

/** Adds an in-app notification; pass the transaction client of the change it reports. */
export async function createNotification(
  db: NotificationWriter,
  {
    userId,
    kind,
    title,
    body = "",
    link,
  }: { userId: string; kind: string; title: string; body?: string; link?: string },
): Promise<void> {
  await db.notification.create({ data: { userId, kind, title, body, link } });
}
