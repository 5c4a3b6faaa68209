import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ActionsTable } from "@/components/governance/actions-table";
import { Caption, PageWidth } from "@/components/layout/page";
import { SuccessNotice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getAssessment } from "@/lib/governance/get-assessment";
import { EVIDENCE_MAX_LENGTH } from "@/lib/governance/governance-forms";
import { MATURITY_LEVELS, nextTopic, topicBySlug, topicLabel } from "@/lib/governance/topics";
import { AnswerForm } from "./answer-form";

export const metadata: Metadata = { title: "A topic of your self-assessment" };
export const dynamic = "force-dynamic";

export default async function TopicPage({
  params,
  searchParams,
}: {
  params: Promise<{ assessmentId: string; slug: string }>;
  searchParams: Promise<{ action?: string }>;
}) {
  const { assessmentId, slug } = await params;
  const { action } = await searchParams;
  const path = `/governance/assessments/${assessmentId}`;
  const actor = await requireUser({ returnTo: `${path}/topics/${slug}` });
  const view = await orNotFound(getAssessment({ actor, assessmentId }));
  const spec = topicBySlug(slug);
  if (!spec) notFound();
  // Locked, or not theirs to answer: the assessment's page shows it read-only.
  if (!view.can.answer) redirect(`${path}#${spec.slug}`);
  const topic = view.topics.find((t) => t.topic.key === spec.key)!;
  return (
    <PageWidth>
      <p>
        <Link href={path}>Back to the assessment</Link>
      </p>
      {action === "saved" ? <SuccessNotice>The action is saved.</SuccessNotice> : null}
      {action === "removed" ? <SuccessNotice>The action is removed.</SuccessNotice> : null}
      <Caption>
        {view.assessment.footprint.name} · {topicLabel(spec).split(":")[0]}
      </Caption>
      <h1>{spec.title}</h1>
      <p className="text-nhs-22">{spec.wording}</p>
      <p>{spec.explanation}</p>
      <AnswerForm
        assessmentId={assessmentId}
        slug={spec.slug}
        heading={spec.title}
        levels={MATURITY_LEVELS.map((level) => ({ ...level }))}
        rating={topic.answer.rating}
        evidence={topic.answer.evidence}
        version={topic.answer.version}
        evidenceMaxLength={EVIDENCE_MAX_LENGTH}
        isLast={nextTopic(spec.key) === null}
      />
      <h2 id="actions">Actions for {spec.title.toLowerCase()}</h2>
      <p>
        What the footprint will do to improve, who owns it and when it is due. Save your answer
        above first: adding an action takes you to its own page.
      </p>
      {topic.actions.length ? (
        <ActionsTable
          caption={`Actions (${topic.actions.length})`}
          showTopic={false}
          extraHeading="Change"
          actions={topic.actions.map((a) => ({
            ...a,
            extra: (
              <Link href={`${path}/actions/${a.id}`}>
                Change<span className="sr-only"> the action: {a.description.slice(0, 60)}</span>
              </Link>
            ),
          }))}
        />
      ) : (
        <p>No actions yet.</p>
      )}
      <p>
        <Link href={`${path}/topics/${spec.slug}/actions/new`}>
          Add an action for {spec.title.toLowerCase()}
        </Link>
      </p>
    </PageWidth>
  );
}
