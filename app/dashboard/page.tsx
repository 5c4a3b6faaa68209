import type { Metadata } from "next";
import Link from "next/link";
import { MyAssignments } from "@/components/assignments/my-assignments";
import { Caption, PageWidth } from "@/components/layout/page";
import { listMyAssignments } from "@/lib/assignments/list-my-assignments";
import { Card } from "@/components/ui/card";
import { Tag } from "@/components/ui/tag";
import { requireUser } from "@/lib/auth/session";
import { formatUkDate, formatUkDateTime } from "@/lib/format/dates";
import { APPOINTMENT_ROLE_LABELS, BID_STATE_TAGS, NETWORK_STATUS_TAGS } from "@/lib/format/labels";
import { getMemberOverview } from "@/lib/people/get-member-overview";

export const metadata: Metadata = { title: "Your start page" };

export default async function MemberDashboardPage() {
  const actor = await requireUser({ returnTo: "/dashboard" });
  const { person, bids, notifications } = await getMemberOverview({ actor });
  const assignments = await listMyAssignments({ actor });
  return (
    <PageWidth>
      <Caption>Member</Caption>
      <h1>Welcome, {person ? person.givenName : actor.name}</h1>

      <h2>Your appointments</h2>
      {person?.appointments.length ? (
        <ul className="list-none p-0">
          {person.appointments.map((appointment) => (
            <li key={appointment.id} className="mb-nhs-3 border-b border-nhs-border pb-nhs-2">
              <strong>{appointment.title ?? APPOINTMENT_ROLE_LABELS[appointment.role]}</strong>,{" "}
              {appointment.organisation.name}
              <span className="block text-nhs-16 text-nhs-secondary-text">
                Since {formatUkDate(appointment.startsOn)}
                {appointment.organisation.footprints.length
                  ? ` · ${appointment.organisation.footprints
                      .filter((f) => f.footprint.kind !== "STP")
                      .map((f) => f.footprint.name)
                      .join(", ")}`
                  : ""}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>You have no current appointments recorded.</p>
      )}

      <h2>Your networks</h2>
      {person?.networkMemberships.length ? (
        <ul className="list-none p-0">
          {person.networkMemberships.map((membership) => (
            <li key={membership.id} className="mb-nhs-2">
              {membership.network.name}{" "}
              <Tag colour={NETWORK_STATUS_TAGS[membership.network.status].colour}>
                {NETWORK_STATUS_TAGS[membership.network.status].label}
              </Tag>
            </li>
          ))}
        </ul>
      ) : (
        <p>You are not a member of a network yet.</p>
      )}

      <h2>Your workstreams and board seats</h2>
      <MyAssignments assignments={assignments} />

      <h2>Notifications</h2>
      {notifications.length ? (
        <ul className="list-none p-0">
          {notifications.map((notification) => (
            <li key={notification.id} className="mb-nhs-3 border-b border-nhs-border pb-nhs-2">
              {notification.readAt ? null : <Tag colour="blue">New</Tag>}{" "}
              <strong>{notification.title}</strong>
              {notification.body ? (
                <span className="block text-nhs-16">{notification.body}</span>
              ) : null}
              <span className="block text-nhs-16 text-nhs-secondary-text">
                {formatUkDateTime(notification.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>You have no notifications.</p>
      )}
      <p>
        <Link href="/notifications">All your notifications</Link>
      </p>

      <h2>Your bids</h2>
      {bids.length ? (
        bids.map((bid) => (
          <Card key={bid.id} heading={bid.title} href={`/bids/${bid.id}`} headingLevel="h3">
            <p className="mb-nhs-2">
              {bid.footprint.name} · {bid.round.title} ·{" "}
              {bid.leadUserId === actor.id ? "you are the lead" : "you are a co-author"}
            </p>
            <Tag colour={BID_STATE_TAGS[bid.state].colour}>{BID_STATE_TAGS[bid.state].label}</Tag>
            <p className="mb-0 mt-nhs-2 text-nhs-16">
              Round closes {formatUkDate(bid.round.closesAt)}.
            </p>
          </Card>
        ))
      ) : (
        <p>You are not writing a bid.</p>
      )}
    </PageWidth>
  );
}
