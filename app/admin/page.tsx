import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { getProgrammeOverview } from "@/lib/admin/get-programme-overview";
import { requireRole } from "@/lib/auth/session";
import { formatUkDateTime } from "@/lib/format/dates";
import { formatPence } from "@/lib/format/money";
import { BID_STATE_TAGS, NETWORK_STATUS_TAGS, ROUND_STATE_TAGS } from "@/lib/format/labels";
import type { BidState, NetworkStatus } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Programme administration" };

export default async function AdminPage() {
  const actor = await requireRole(["PROGRAMME_ADMIN"], { returnTo: "/admin" });
  const overview = await getProgrammeOverview({ actor });
  return (
    <PageWidth>
      <Caption>Programme admin</Caption>
      <h1>Programme administration</h1>
      <ul className="list-none p-0">
        <li>
          <Link href="/admin/coverage">Workstream and board seat coverage across footprints</Link>
        </li>
        <li>
          <Link href="/admin/governance">Governance self-assessment periods</Link>
        </li>
        <li>
          <Link href="/invitations">Invitations: invite someone, resend or revoke</Link>
        </li>
        <li>
          <Link href="/admin/emails">Emails sent by the portal</Link>
        </li>
      </ul>

      <h2>Funding rounds</h2>
      <Table
        caption="Rounds and their bids"
        captionClassName="sr-only"
        head={["Round", "State", "Closes", "Places and budget", "Bids"]}
        rows={overview.rounds.map((round) => [
          round.title,
          <Tag key="state" colour={ROUND_STATE_TAGS[round.state].colour}>
            {ROUND_STATE_TAGS[round.state].label}
          </Tag>,
          formatUkDateTime(round.closesAt),
          `${round.pilotPlaces} places, ${formatPence(round.budgetPence)}`,
          <ul key="bids" className="m-0 list-none p-0">
            {(Object.keys(BID_STATE_TAGS) as BidState[])
              .filter((state) => round.bidsByState[state])
              .map((state) => (
                <li key={state}>
                  {BID_STATE_TAGS[state].label}: {round.bidsByState[state]}
                </li>
              ))}
          </ul>,
        ])}
      />

      <h2>The directory</h2>
      <SummaryList
        rows={[
          { key: "Active user accounts", value: overview.users },
          { key: "People", value: overview.people },
          ...(Object.keys(NETWORK_STATUS_TAGS) as NetworkStatus[]).map((status) => ({
            key: `Networks: ${NETWORK_STATUS_TAGS[status].label.toLowerCase()}`,
            value: overview.networksByStatus[status] ?? 0,
          })),
        ]}
      />

      <h2>Recent activity</h2>
      {overview.recentEvents.length ? (
        <Table
          caption="Latest audit events"
          captionClassName="sr-only"
          head={["When", "Who", "What"]}
          rows={overview.recentEvents.map((event) => [
            formatUkDateTime(event.createdAt),
            event.actor?.name ?? "System",
            `${event.action} (${event.entityType})`,
          ])}
        />
      ) : (
        <p>Nothing has happened yet.</p>
      )}
    </PageWidth>
  );
}
