import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { requireRole } from "@/lib/auth/session";
import { formatUkDateTime } from "@/lib/format/dates";
import { ROUND_STATE_TAGS } from "@/lib/format/labels";
import { listRoundsForAdmin } from "@/lib/rounds/get-round-for-admin";

export const metadata: Metadata = { title: "Funding rounds" };
export const dynamic = "force-dynamic";

export default async function AdminRoundsPage() {
  const actor = await requireRole(["PROGRAMME_ADMIN"], { returnTo: "/admin/rounds" });
  const rounds = await listRoundsForAdmin({ actor });
  return (
    <PageWidth>
      <Caption>Programme admin</Caption>
      <h1>Funding rounds</h1>
      <p>
        <Link href="/admin/rounds/new">Create a round</Link>
      </p>
      <Table
        caption="Rounds"
        captionClassName="sr-only"
        head={["Round", "State", "Opens", "Closes", "Bids"]}
        rows={rounds.map((round) => [
          <Link key="t" href={`/admin/rounds/${round.id}`}>
            {round.title}
          </Link>,
          <Tag key="s" colour={ROUND_STATE_TAGS[round.state].colour}>
            {ROUND_STATE_TAGS[round.state].label}
          </Tag>,
          formatUkDateTime(round.opensAt),
          formatUkDateTime(round.closesAt),
          round._count.bids,
        ])}
      />
    </PageWidth>
  );
}
