import type { Metadata } from "next";
import { Caption, PageWidth } from "@/components/layout/page";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { getBoardOverview } from "@/lib/assignments/get-board-overview";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Your footprints" };

export default async function BoardPage() {
  const actor = await requireRole(["BOARD_ADMIN"], { returnTo: "/board" });
  const footprints = await getBoardOverview({ actor });
  return (
    <PageWidth>
      <Caption>Board admin</Caption>
      <h1>Your footprints</h1>
      <p>
        Every workstream and board seat should have a non-executive lead. Gaps are marked. A person
        may lead a limited number of workstreams at once.
      </p>
      {footprints.map((footprint) => (
        <section key={footprint.id} aria-labelledby={`fp-${footprint.id}`}>
          <h2 id={`fp-${footprint.id}`}>{footprint.name}</h2>
          <p>
            <strong>
              {footprint.covered} of {footprint.total}
            </strong>{" "}
            workstreams and seats have a non-executive. Lead cap: {footprint.leadCap} per person.
          </p>
          {footprint.workstreams.length ? (
            <Table
              caption={`Workstreams (${footprint.workstreams.length})`}
              head={["Workstream", "Non-executive lead"]}
              rows={footprint.workstreams.map((workstream) => [
                workstream.name,
                workstream.assignments[0] ? (
                  `${workstream.assignments[0].person.givenName} ${workstream.assignments[0].person.familyName}`
                ) : (
                  <Tag key="gap" colour="red">
                    No lead
                  </Tag>
                ),
              ])}
            />
          ) : null}
          {footprint.boardSeats.length ? (
            <Table
              caption={`Board seats (${footprint.boardSeats.length})`}
              head={["Seat", "Held by"]}
              rows={footprint.boardSeats.map((seat) => [
                seat.name,
                seat.assignments[0] ? (
                  `${seat.assignments[0].person.givenName} ${seat.assignments[0].person.familyName}`
                ) : (
                  <Tag key="gap" colour="red">
                    Vacant
                  </Tag>
                ),
              ])}
            />
          ) : null}
          {footprint.total === 0 ? (
            <p>This footprint has no workstreams or board seats yet.</p>
          ) : null}
        </section>
      ))}
    </PageWidth>
  );
}
