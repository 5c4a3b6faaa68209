import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RatingLabel } from "@/components/governance/maturity";
import { Caption, PageWidth } from "@/components/layout/page";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SummaryList } from "@/components/ui/summary-list";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { formatUkDate, formatUkDateTime } from "@/lib/format/dates";
import { getAssessment } from "@/lib/governance/get-assessment";
import { submissionProblems } from "@/lib/governance/governance-rules";
import { TOPIC_GROUPS, TOPICS, topicLabel } from "@/lib/governance/topics";
import { SubmitForm } from "./submit-form";

export const metadata: Metadata = { title: "Check your answers" };
export const dynamic = "force-dynamic";

export default async function CheckPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const path = `/governance/assessments/${assessmentId}`;
  const actor = await requireUser({ returnTo: `${path}/check` });
  const view = await orNotFound(getAssessment({ actor, assessmentId }));
  if (!view.can.answer) redirect(path);
  const problems = submissionProblems(
    view.topics.map((t) => ({ ...t.answer, topic: t.topic.key })),
  );
  const topicHrefs = Object.fromEntries(
    TOPICS.flatMap((topic) => [
      [`${topic.slug}-rating`, `${path}/topics/${topic.slug}`],
      [`${topic.slug}-evidence`, `${path}/topics/${topic.slug}`],
    ]),
  );
  return (
    <PageWidth>
      <p>
        <Link href={path}>Back to the assessment</Link>
      </p>
      <Caption>
        {view.assessment.footprint.name} · {view.assessment.period.name}
      </Caption>
      <h1>Check your answers before submitting the assessment</h1>
      {problems.length ? (
        <ErrorSummary
          title="The assessment is not ready to submit"
          errors={problems.map((p) => ({ href: topicHrefs[p.field]!, message: p.message }))}
        />
      ) : null}
      {TOPIC_GROUPS.map((group) => (
        <section key={group.group} aria-labelledby={`check-${group.group}`}>
          <h2 id={`check-${group.group}`}>{group.title}</h2>
          <SummaryList
            rows={view.topics
              .filter((t) => t.topic.group === group.group)
              .map((t) => ({
                key: topicLabel(t.topic),
                value: (
                  <>
                    <RatingLabel rating={t.answer.rating} />
                    <p className="mt-nhs-2 mb-nhs-2 whitespace-pre-wrap text-nhs-16">
                      {t.answer.evidence || "No evidence given."}
                    </p>
                    {t.actions.length ? (
                      <ul className="m-0 list-disc pl-nhs-4 text-nhs-16">
                        {t.actions.map((a) => (
                          <li key={a.id}>
                            {a.description} ({a.owner.name}, due {formatUkDate(a.dueOn)})
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </>
                ),
                action: (
                  <Link href={`${path}/topics/${t.topic.slug}`}>
                    Change<span className="sr-only"> {t.topic.title.toLowerCase()}</span>
                  </Link>
                ),
              }))}
          />
        </section>
      ))}
      <h2>Now submit the assessment</h2>
      <p>
        Once submitted, the assessment is locked: only a programme admin can reopen it. It stays
        unpublished until one of the footprint&apos;s board admins publishes it. The deadline is{" "}
        {formatUkDateTime(view.assessment.period.closesAt)}.
      </p>
      <SubmitForm assessmentId={assessmentId} topicHrefs={topicHrefs} />
    </PageWidth>
  );
}
