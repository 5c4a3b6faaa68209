import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Caption, PageWidth } from "@/components/layout/page";
import { ActionForm as OneButtonForm } from "@/components/ui/action-form";
import { SummaryList } from "@/components/ui/summary-list";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { formatUkDate, ukDateString } from "@/lib/format/dates";
import { getAssessment } from "@/lib/governance/get-assessment";
import { ACTION_MAX_LENGTH } from "@/lib/governance/governance-forms";
import { listActionOwners } from "@/lib/governance/list-action-owners";
import { topicLabel } from "@/lib/governance/topics";
import { removeActionAction } from "../../../../actions";
import { ActionForm, ProgressForm } from "../../action-form";

export const metadata: Metadata = { title: "An action" };
export const dynamic = "force-dynamic";

export default async function ActionPage({
  params,
}: {
  params: Promise<{ assessmentId: string; actionId: string }>;
}) {
  const { assessmentId, actionId } = await params;
  const path = `/governance/assessments/${assessmentId}`;
  const actor = await requireUser({ returnTo: `${path}/actions/${actionId}` });
  const view = await orNotFound(getAssessment({ actor, assessmentId }));
  const found = view.topics.flatMap((t) => t.actions.map((a) => ({ topic: t.topic, action: a })));
  const match = found.find((f) => f.action.id === actionId);
  if (!match || !view.can.updateActions) notFound();
  const { topic, action } = match;
  return (
    <PageWidth>
      <p>
        <Link href={view.can.answer ? `${path}/topics/${topic.slug}` : `${path}#actions`}>
          Back to {view.can.answer ? topic.title.toLowerCase() : "the assessment"}
        </Link>
      </p>
      <Caption>
        {view.assessment.footprint.name} · {topicLabel(topic)}
      </Caption>
      {view.can.answer ? (
        <>
          <h1>Change the action</h1>
          <ActionForm
            assessmentId={assessmentId}
            topic={topic.slug}
            actionId={action.id}
            version={action.version}
            initial={{
              description: action.description,
              ownerId: action.owner.id,
              dueOn: ukDateString(action.dueOn),
              status: action.status,
            }}
            owners={await listActionOwners({ actor, assessmentId })}
            maxLength={ACTION_MAX_LENGTH}
          />
          <h2>Remove the action</h2>
          <p>It is taken out of the assessment. The audit log keeps what it said.</p>
          <OneButtonForm
            action={removeActionAction}
            fields={{ assessmentId, actionId: action.id, version: String(action.version) }}
            label="Remove this action"
            variant="warning"
          />
        </>
      ) : (
        <>
          <h1>Update the action&apos;s progress</h1>
          <p>
            The assessment is{" "}
            {view.assessment.status === "DRAFT" ? "closed to changes" : "submitted"}, so only how
            far its actions have got can change.
          </p>
          <SummaryList
            rows={[
              {
                key: "Action",
                value: <span className="whitespace-pre-wrap">{action.description}</span>,
              },
              { key: "Owner", value: action.owner.name },
              { key: "Due by", value: formatUkDate(action.dueOn) },
            ]}
          />
          <ProgressForm actionId={action.id} version={action.version} status={action.status} />
        </>
      )}
    </PageWidth>
  );
}
