import type { Metadata } from "next";
import Link from "next/link";
import { CoverageTiles } from "@/components/assignments/coverage-grid";
import { Caption, PageWidth } from "@/components/layout/page";
import { SuccessNotice } from "@/components/ui/notice";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { getFootprintCoverage } from "@/lib/assignments/get-footprint-coverage";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { LeadCapForm } from "./assignment-forms";

export const metadata: Metadata = { title: "Workstream coverage" };

export default async function FootprintCoveragePage({
  params,
  searchParams,
}: {
  params: Promise<{ footprintId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ footprintId }, query] = await Promise.all([params, searchParams]);
  const actor = await requireRole(["BOARD_ADMIN", "PROGRAMME_ADMIN"], {
    returnTo: `/board/${footprintId}`,
  });
  const { footprint, coverage, workstreamStatus } = await orNotFound(
    getFootprintCoverage({ actor, footprintId }),
  );
  const canManage = actor.boardFootprintIds.includes(footprintId);
  const base = `/board/${footprintId}`;
  const hrefFor = (row: { kind: string; id: string }) =>
    `${base}/${row.kind === "seat" ? "seats" : "workstreams"}/${row.id}`;
  const gaps = coverage.rows.filter((row) => !row.covered);

  return (
    <PageWidth>
      <Caption>{footprint.regionName}</Caption>
      <h1>{footprint.name}: workstream coverage</h1>
      {query.done === "ended" ? <SuccessNotice>The assignment has ended.</SuccessNotice> : null}
      {query.done === "cap" ? <SuccessNotice>The lead cap has been saved.</SuccessNotice> : null}
      <p className="text-nhs-22" id="coverage-figure">
        <strong>
          {coverage.covered} of {coverage.total}
        </strong>{" "}
        workstreams and board seats have a non-executive ({coverage.percent}%).
      </p>
      {gaps.length ? (
        <p>Gaps: {gaps.map((g) => g.name).join(", ")}.</p>
      ) : coverage.total ? (
        <p>Every workstream and seat has a non-executive.</p>
      ) : null}
      <CoverageTiles rows={coverage.rows} hrefFor={hrefFor} />
      <Table
        caption={`Workstreams and board seats (${coverage.total})`}
        head={["Workstream or seat", "Non-executive lead or holder", "Members", "Coverage"]}
        rows={coverage.rows.map((row) => [
          <span key="name">
            <Link href={hrefFor(row)}>{row.name}</Link>
            <span className="block text-nhs-16 text-nhs-secondary-text">
              {row.kind === "seat" ? "Board seat" : "Workstream"}
              {row.kind === "workstream" && workstreamStatus.get(row.id) === "PAUSED"
                ? " (paused)"
                : ""}
            </span>
          </span>,
          row.lead ?? "–",
          row.members.length ? row.members.join(", ") : "–",
          row.covered ? (
            <Tag key="ok" colour="green">
              Covered
            </Tag>
          ) : (
            <Tag key="gap" colour="red">
              Gap
            </Tag>
          ),
        ])}
      />
      <ul className="list-none p-0">
        {canManage ? (
          <>
            <li className="mb-nhs-2">
              <Link href={`${base}/workstreams/new`}>Add a workstream</Link>
            </li>
            <li className="mb-nhs-2">
              <Link href={`${base}/seats/new`}>Add a board seat</Link>
            </li>
          </>
        ) : null}
        <li className="mb-nhs-2">
          <a href={`${base}/coverage.csv`} download>
            Download the coverage as CSV
          </a>
        </li>
      </ul>
      {footprint.closedWorkstreams + footprint.closedSeats > 0 ? (
        <p className="text-nhs-secondary-text">
          {footprint.closedWorkstreams} closed workstreams and {footprint.closedSeats} closed seats
          are not counted.
        </p>
      ) : null}
      {canManage ? (
        <details className="mb-nhs-4">
          <summary className="cursor-pointer text-nhs-blue underline">
            Lead cap: one person may lead at most {footprint.leadCap} workstreams at once
          </summary>
          <div className="mt-nhs-3">
            <LeadCapForm footprintId={footprintId} leadCap={footprint.leadCap} />
          </div>
        </details>
      ) : (
        <p>Lead cap: one person may lead at most {footprint.leadCap} workstreams at once.</p>
      )}
    </PageWidth>
  );
}
