import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { Card } from "@/components/ui/card";
import { Tag } from "@/components/ui/tag";
import { getMyFootprintsCoverage } from "@/lib/assignments/summarise-coverage";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Your footprints" };

export default async function BoardPage() {
  const actor = await requireRole(["BOARD_ADMIN"], { returnTo: "/board" });
  const footprints = await getMyFootprintsCoverage({ actor });
  return (
    <PageWidth>
      <Caption>Board admin</Caption>
      <h1>Your footprints</h1>
      <p>
        Every workstream and board seat should have a non-executive: a lay member, non-executive
        director or councillor with an appointment in the footprint, or a member of its network.
      </p>
      <p>
        <Link href="/invitations">Invite members of your footprints</Link>
      </p>
      {footprints.map((footprint) => (
        <Card key={footprint.id} heading={footprint.name} href={`/board/${footprint.id}`}>
          <p className="mb-nhs-2">
            <strong>
              {footprint.covered} of {footprint.total}
            </strong>{" "}
            workstreams and board seats have a non-executive ({footprint.percent}%).{" "}
            {footprint.gaps.length ? (
              <Tag colour="red">
                {footprint.gaps.length} gap{footprint.gaps.length === 1 ? "" : "s"}
              </Tag>
            ) : (
              <Tag colour="green">No gaps</Tag>
            )}
          </p>
          <p className="mb-0 text-nhs-16">
            {footprint.workstreams} workstreams, {footprint.seats} board seats ·{" "}
            <Link href={`/board/${footprint.id}`}>Open the coverage grid</Link> ·{" "}
            <Link href={`/footprints/${footprint.id}/governance`}>Governance self-assessment</Link>
          </p>
        </Card>
      ))}
    </PageWidth>
  );
}
