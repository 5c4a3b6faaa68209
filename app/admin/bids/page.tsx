import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { TextInput } from "@/components/ui/text-input";
import { requireRole } from "@/lib/auth/session";
import { BID_SORTS, listBidsForAdmin, listRoundsForFilter } from "@/lib/bids/list-bids-for-admin";
import { formatUkDateTime } from "@/lib/format/dates";
import { BID_STATE_TAGS } from "@/lib/format/labels";
import { formatPence } from "@/lib/format/money";
import { ZBidFilters } from "./filters";

export const metadata: Metadata = { title: "All bids" };
export const dynamic = "force-dynamic";

export default async function AdminBidsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireRole(["PROGRAMME_ADMIN"], { returnTo: "/admin/bids" });
  const filters = ZBidFilters.parse(await searchParams);
  const [bids, rounds] = await Promise.all([
    listBidsForAdmin({
      actor,
      roundId: filters.round,
      state: filters.state,
      search: filters.q,
      sort: filters.sort,
    }),
    listRoundsForFilter(),
  ]);
  const query = new URLSearchParams(
    Object.entries(filters).filter(
      (e): e is [string, string] => typeof e[1] === "string" && !!e[1],
    ),
  ).toString();
  return (
    <PageWidth>
      <Caption>Programme admin</Caption>
      <h1>All bids</h1>
      <form method="get" className="mb-nhs-4 flex flex-wrap items-end gap-x-nhs-4">
        <Select
          id="round"
          name="round"
          label="Round"
          defaultValue={filters.round ?? ""}
          options={[
            { value: "", label: "All rounds" },
            ...rounds.map((r) => ({ value: r.id, label: r.title })),
          ]}
        />
        <Select
          id="state"
          name="state"
          label="State"
          defaultValue={filters.state ?? ""}
          options={[
            { value: "", label: "All states" },
            ...Object.entries(BID_STATE_TAGS).map(([value, tag]) => ({ value, label: tag.label })),
          ]}
        />
        <TextInput
          id="q"
          name="q"
          label="Footprint name"
          width={10}
          defaultValue={filters.q ?? ""}
        />
        <Select
          id="sort"
          name="sort"
          label="Sort by"
          defaultValue={filters.sort ?? "submitted"}
          options={Object.entries(BID_SORTS).map(([value, label]) => ({ value, label }))}
        />
        <Button variant="secondary">Apply</Button>
      </form>
      <p>
        <a href={`/admin/bids/export${query ? `?${query}` : ""}`} download>
          Download these bids as CSV
        </a>
      </p>
      <Table
        caption={`${bids.length} bid${bids.length === 1 ? "" : "s"}`}
        head={["Bid", "Footprint", "State", "Requested", "Submitted", "Lead"]}
        rows={bids.map((bid) => [
          <Link key="t" href={`/bids/${bid.id}`}>
            {bid.title}
          </Link>,
          `${bid.footprint.name} (${bid.footprint.region.name})`,
          <Tag key="s" colour={BID_STATE_TAGS[bid.state].colour}>
            {BID_STATE_TAGS[bid.state].label}
          </Tag>,
          formatPence(bid.amountRequestedPence),
          bid.submittedAt ? formatUkDateTime(bid.submittedAt) : "Not submitted",
          bid.leadUser.name,
        ])}
      />
    </PageWidth>
  );
}
