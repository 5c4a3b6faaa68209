import type { Metadata } from "next";
import Link from "next/link";
import { PageWidth } from "@/components/layout/page";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { getActor } from "@/lib/auth/session";
import { NETWORK_STATUS_TAGS } from "@/lib/format/labels";
import { listNetworks } from "@/lib/networks/list-networks";
import { listPendingRequests } from "@/lib/networks/list-pending-requests";

export const metadata: Metadata = { title: "Networks" };
export const dynamic = "force-dynamic";

export default async function NetworksPage() {
  const [actor, networks] = await Promise.all([getActor(), listNetworks()]);
  const waiting = actor ? await listPendingRequests({ actor }) : [];
  return (
    <PageWidth>
      <h1>Networks</h1>
      <p>
        Local non-executive community networks bring together the lay members, non-executive
        directors and councillors of a footprint&apos;s organisations.
      </p>
      {actor?.boardFootprintIds.length ? (
        <p>
          <Link href="/networks/new">Create a network</Link>
        </p>
      ) : null}
      {waiting.length ? (
        <div className="mb-nhs-5 border-l-8 border-nhs-blue bg-white p-nhs-4">
          <h2 className="mt-0">Requests to join waiting for you</h2>
          <ul className="mb-0">
            {waiting.map((network) => (
              <li key={network.id}>
                <Link href={`/networks/${network.id}`}>{network.name}</Link>:{" "}
                {network._count.joinRequests} waiting
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Table
        caption={`All networks (${networks.length})`}
        head={["Network", "Footprint", "Status", "Members"]}
        rows={networks.map((network) => [
          <Link key="name" href={`/networks/${network.id}`}>
            {network.name}
          </Link>,
          <span key="footprint">
            <Link href={`/footprints/${network.footprint.id}`}>{network.footprint.name}</Link>
            <span className="block text-nhs-secondary-text">{network.footprint.region.name}</span>
          </span>,
          <Tag key="status" colour={NETWORK_STATUS_TAGS[network.status].colour}>
            {NETWORK_STATUS_TAGS[network.status].label}
          </Tag>,
          network._count.memberships,
        ])}
      />
    </PageWidth>
  );
}
