import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { getAllCoverage } from "@/lib/assignments/summarise-coverage";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Coverage across footprints" };

export default async function AllCoveragePage() {
  const actor = await requireRole(["PROGRAMME_ADMIN"], { returnTo: "/admin/coverage" });
  const footprints = await getAllCoverage({ actor });
  const covered = footprints.reduce((sum, f) => sum + f.covered, 0);
  const total = footprints.reduce((sum, f) => sum + f.total, 0);
  return (
    <PageWidth>
      <Caption>Programme admin</Caption>
      <h1>Coverage across footprints</h1>
      <p className="text-nhs-22">
        <strong>
          {covered} of {total}
        </strong>{" "}
        workstreams and board seats in {footprints.length} footprints have a non-executive
        {total ? ` (${Math.round((covered / total) * 100)}%)` : ""}.
      </p>
      <Table
        caption="Footprints with workstreams or board seats"
        head={["Footprint", "Region", "Workstreams", "Seats", "Covered", "Gaps"]}
        rows={footprints.map((f) => [
          <Link key="n" href={`/board/${f.id}`}>
            {f.name}
          </Link>,
          f.regionName,
          f.workstreams,
          f.seats,
          `${f.covered} of ${f.total} (${f.percent}%)`,
          f.gaps.length ? (
            <span key="g">
              <Tag colour="red">{f.gaps.length}</Tag> {f.gaps.join(", ")}
            </span>
          ) : (
            <Tag key="g" colour="green">
              None
            </Tag>
          ),
        ])}
      />
      <p>
        <a href="/admin/coverage.csv" download>
          Download the coverage as CSV
        </a>
      </p>
    </PageWidth>
  );
}
