import type { Metadata } from "next";
import Link from "next/link";
import { PageWidth } from "@/components/layout/page";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { getActor } from "@/lib/auth/session";
import { NETWORK_STATUS_TAGS } from "@/lib/format/labels";
import { listNetworks } from "@/lib/networks/list-networks";

export const metadata: Metadata = { title: "Networks" };
export const dynamic = "force-dynamic";

export default async function NetworksPage() {
  const [actor, networks] = await Promise.all([getActor(), listNetworks()]);
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
