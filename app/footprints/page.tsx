import type { Metadata } from "next";
import { PageWidth } from "@/components/layout/page";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { listFootprints } from "@/lib/footprints/list-footprints";
import { ZFootprintFilter, FOOTPRINT_KIND_LABELS } from "@/lib/footprints/footprint-filter";

export const metadata: Metadata = { title: "Footprints" };
export const dynamic = "force-dynamic";

export default async function FootprintsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = ZFootprintFilter.safeParse(await searchParams);
  const filter = parsed.success ? parsed.data : { kind: "ICS" as const };
  const regions = await listFootprints({ kind: filter.kind === "ALL" ? undefined : filter.kind });
  const total = regions.reduce((sum, region) => sum + region.footprints.length, 0);
  const kindLabel =
    filter.kind === "ALL" ? "footprints" : FOOTPRINT_KIND_LABELS[filter.kind].plural;

  return (
    <PageWidth>
      <h1>Footprints</h1>
      <p>
        The areas across which the NHS and its partners plan and make decisions: the 42 integrated
        care systems (ICSs), the sustainability and transformation partnerships (STPs) of 2017 that
        came before them, and integrated care partnerships (ICPs) within ICSs.
      </p>
      <form method="get" className="mb-nhs-4 flex flex-wrap items-end gap-nhs-3">
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
        <Button variant="secondary">Apply</Button>
      </form>
      <p aria-live="polite">
        <strong>{total}</strong> {kindLabel} in {regions.filter((r) => r.footprints.length).length}{" "}
        regions.
      </p>
      {regions
        .filter((region) => region.footprints.length > 0)
        .map((region) => (
          <Table
            key={region.id}
            caption={`${region.name} (${region.footprints.length})`}
            head={["Name", "Kind", "Code", "Organisations", "Networks"]}
            rows={region.footprints.map((footprint) => [
              <span key="name">
                {footprint.name}
                {footprint.parent ? (
                  <span className="block text-nhs-secondary-text">in {footprint.parent.name}</span>
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
              footprint.odsCode ?? footprint.onsCode ?? "–",
              footprint._count.organisations,
              footprint._count.networks,
            ])}
          />
        ))}
    </PageWidth>
  );
}
