import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Caption, PageWidth } from "@/components/layout/page";
import { getAssignmentTarget } from "@/lib/assignments/get-assignment-target";
import { listSkills } from "@/lib/assignments/list-skills";
import { TARGET_LABELS, ZTargetKind } from "@/lib/assignments/target-kind";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { WorkstreamForm } from "../../../assignment-forms";

export const metadata: Metadata = { title: "Edit" };

export default async function EditTargetPage({
  params,
}: {
  params: Promise<{ footprintId: string; kind: string; id: string }>;
}) {
  const { footprintId, kind: rawKind, id } = await params;
  const kind = ZTargetKind.safeParse(rawKind);
  if (!kind.success) notFound();
  const path = `/board/${footprintId}/${kind.data}/${id}`;
  const actor = await requireRole(["BOARD_ADMIN"], { returnTo: `${path}/edit` });
  const [target, skills] = await Promise.all([
    orNotFound(getAssignmentTarget({ actor, footprintId, kind: kind.data, id })),
    listSkills(),
  ]);
  return (
    <PageWidth>
      <div className="max-w-[640px]">
        <Caption>{target.footprint.name}</Caption>
        <h1>Edit {TARGET_LABELS[kind.data].singular}</h1>
        <WorkstreamForm
          footprintId={footprintId}
          kind={kind.data}
          skills={skills}
          existing={{
            id: target.id,
            version: target.version,
            name: target.name,
            description: target.description,
            status: target.status,
            skillIds: target.skills.map((s) => s.id),
          }}
        />
        <p>
          <Link href={path}>Cancel</Link>
        </p>
      </div>
    </PageWidth>
  );
}
