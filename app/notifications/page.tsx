import type { Metadata } from "next";
import Link from "next/link";
import { PageWidth } from "@/components/layout/page";
import { Tag } from "@/components/ui/tag";
import { requireUser } from "@/lib/auth/session";
import { formatUkDateTime } from "@/lib/format/dates";
import { listNotifications } from "@/lib/notifications/list-notifications";

export const metadata: Metadata = { title: "Notifications" };
export const dynamic = "force-dynamic";

export default async function NotificationsPage() {
  const actor = await requireUser({ returnTo: "/notifications" });
  const notifications = await listNotifications({ actor });
  return (
    <PageWidth>
      <h1>Notifications</h1>
      {notifications.length ? (
        <ul className="list-none p-0">
          {notifications.map((n) => (
            <li key={n.id} className="mb-nhs-3 border-b border-nhs-border bg-white p-nhs-3">
              <p className="mb-nhs-1 font-bold">
                {n.link ? <Link href={n.link}>{n.title}</Link> : n.title}{" "}
                {n.readAt ? null : <Tag colour="blue">New</Tag>}
              </p>
              <p className="mb-nhs-1">{n.body}</p>
              <p className="m-0 text-nhs-16 text-nhs-secondary-text">
                {formatUkDateTime(n.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>You have no notifications.</p>
      )}
    </PageWidth>
  );
}
