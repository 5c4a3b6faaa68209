import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Caption, PageWidth } from "@/components/layout/page";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getAssessment } from "@/lib/governance/get-assessment";
import { ACTION_MAX_LENGTH } from "@/lib/governance/governance-forms";
import { listActionOwners } from "@/lib/governance/list-action-owners";
import { topicBySlug, topicLabel } from "@/lib/governance/topics";
import { ActionForm } from "../../../../action-form";

export const metadata: Metadata = { title: "Add an action" };
export const dynamic = "force-dynamic";

export default async function NewActionPage({
  params,
}: {
  params: Promise<{ assessmentId: string; slug: string }>;
}) {
  const { assessmentId, slug } = await params;
  const path = `/governance/assessments/${assessmentId}`;
  const actor = await requireUser({ returnTo: `${path}/topics/${slug}/actions/new` });
  const view = await orNotFound(getAssessment({ actor, assessmentId }));
  const spec = topicBySlug(slug);
  if (!spec) notFound();
  if (!view.can.answer) redirect(path);
  const owners = await listActionOwners({ actor, assessmentId });
  return (
    <PageWidth>
      <p>
        <Link href={`${path}/topics/${spec.slug}`}>Back to {spec.title.toLowerCase()}</Link>
      </p>
      <Caption>
        {view.assessment.footprint.name} · {topicLabel(spec)}
      </Caption>
      <h1>Add an action</h1>
      <ActionForm
        assessmentId={assessmentId}
        topic={spec.slug}
        initial={{ description: "", ownerId: "", dueOn: "", status: "NOT_STARTED" }}
        owners={owners}
        maxLength={ACTION_MAX_LENGTH}
      />
    </PageWidth>
  );
}
