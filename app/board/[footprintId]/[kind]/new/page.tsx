import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Caption, PageWidth } from "@/components/layout/page";
import { getFootprintCoverage } from "@/lib/assignments/get-footprint-coverage";
import { listSkills } from "@/lib/assignments/list-skills";
import { TARGET_LABELS, ZTargetKind } from "@/lib/assignments/target-kind";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { WorkstreamForm } from "../../assignment-forms";

export const metadata: Metadata = { title: "Add" };

export default async function NewTargetPage({
  params,
}: {
  params: Promise<{ footprintId: string; kind: string }>;
}) {
  const { footprintId, kind: rawKind } = await params;
  const kind = ZTargetKind.safeParse(rawKind);
  if (!kind.success) notFound();
  const actor = await requireRole(["BOARD_ADMIN"], {
    returnTo: `/board/${footprintId}/${kind.data}/new`,
  });
  if (!actor.boardFootprintIds.includes(footprintId)) notFound();
  const [{ footprint }, skills] = await Promise.all([
    orNotFound(getFootprintCoverage({ actor, footprintId })),
    listSkills(),
  ]);
  return (
    <PageWidth>
      <div className="max-w-[640px]">
        <Caption>{footprint.name}</Caption>
        <h1>Add a {TARGET_LABELS[kind.data].singular}</h1>
        <WorkstreamForm footprintId={footprintId} kind={kind.data} skills={skills} />
        <p>
          <Link href={`/board/${footprintId}`}>Cancel</Link>
        </p>
      </div>
    </PageWidth>
  );
}
