import type { Metadata } from "next";
import Link from "next/link";
import { FootprintTileGrid } from "@/components/footprints/footprint-tile-grid";
import { PageWidth } from "@/components/layout/page";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { TextInput } from "@/components/ui/text-input";
import {
  FOOTPRINT_KIND_LABELS,
  firstValues,
  ZFootprintFilter,
} from "@/lib/footprints/footprint-filter";
import { getFootprintMap } from "@/lib/footprints/get-footprint-map";
import { listFootprints } from "@/lib/footprints/list-footprints";

export const metadata: Metadata = { title: "Footprints" };
export const dynamic = "force-dynamic";

export default async function FootprintsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filter = ZFootprintFilter.parse(firstValues(await searchParams));
  const [{ footprints, total, page, regions }, map] = await Promise.all([
    listFootprints({ filter }),
    getFootprintMap(),
  ]);
  const kindLabel =
    filter.kind === "ALL" ? "footprints" : FOOTPRINT_KIND_LABELS[filter.kind].plural;
  const regionName = regions.find((r) => r.id === filter.region)?.name;

  return (
    <PageWidth>
      <h1>Footprints</h1>
      <p>
        The areas across which the NHS and its partners plan and make decisions: the 42 integrated
        care systems (ICSs), the sustainability and transformation partnerships (STPs) of 2017 that
        came before them, and integrated care partnerships (ICPs) within ICSs.
      </p>
      <div className="lg:flex lg:gap-nhs-5">
        <div className="lg:w-1/2">
          <form method="get" aria-label="Filter footprints" className="mb-nhs-4">
            <div className="flex flex-wrap items-end gap-x-nhs-3">
              <Select
                id="kind"
                name="kind"
                label="Show"
                defaultValue={filter.kind}
                options={[
                  { value: "ICS", label: "Integrated care systems (ICSs)" },
                  { value: "STP", label: "STPs of 2017" },
                  { value: "ICP", label: "Integrated care partnerships (ICPs)" },
                  { value: "ALL", label: "All footprints" },
                ]}
              />
              <Select
                id="region"
                name="region"
                label="Region"
                defaultValue={filter.region}
                options={[
                  { value: "", label: "All regions" },
                  ...regions.map((r) => ({ value: r.id, label: r.name })),
                ]}
              />
            </div>
            <TextInput id="q" name="q" label="Name contains" defaultValue={filter.q} width={20} />
            <Button variant="secondary">Apply</Button>
          </form>
          <p aria-live="polite">
            <strong>{total}</strong> {kindLabel}
            {regionName ? ` in ${regionName}` : ""}
            {filter.q ? ` matching “${filter.q}”` : ""}.
          </p>
          {footprints.length ? (
            <Table
              caption={`${kindLabel[0]!.toUpperCase()}${kindLabel.slice(1)}, page ${page.current} of ${page.pages}`}
              captionClassName="text-nhs-19"
              head={["Name", "Kind", "Region", "Networks"]}
              rows={footprints.map((footprint) => [
                <span key="name">
                  <Link href={`/footprints/${footprint.id}`}>{footprint.name}</Link>
                  {footprint.parent ? (
                    <span className="block text-nhs-secondary-text">
                      in {footprint.parent.name}
                    </span>
                  ) : null}
                </span>,
                <Tag
                  key="kind"
                  colour={
                    footprint.kind === "ICS" ? "blue" : footprint.kind === "STP" ? "grey" : "purple"
                  }
                >
                  {footprint.kind}
                </Tag>,
                footprint.region.name,
                footprint._count.networks,
              ])}
            />
          ) : (
            <p>No footprints match. Try another name or region.</p>
          )}
          <Pagination
            path="/footprints"
            params={{ kind: filter.kind, region: filter.region, q: filter.q }}
            current={page.current}
            pages={page.pages}
          />
        </div>
        <div className="lg:w-1/2">
          <FootprintTileGrid regions={map} />
        </div>
      </div>
    </PageWidth>
  );
}
