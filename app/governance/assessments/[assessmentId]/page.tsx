import type { Metadata } from "next";
import Link from "next/link";
import { ActionsTable } from "@/components/governance/actions-table";
import { ChangeMark, RatingLabel } from "@/components/governance/maturity";
import { Caption, PageWidth } from "@/components/layout/page";
import { ActionForm } from "@/components/ui/action-form";
import { InsetText } from "@/components/ui/inset-text";
import { SuccessNotice } from "@/components/ui/notice";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { TaskList } from "@/components/ui/task-list";
import { getActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { formatUkDateTime } from "@/lib/format/dates";
import { getAssessment } from "@/lib/governance/get-assessment";
import { formatNumber, overallMaturity, topicStatus } from "@/lib/governance/governance-rules";
import { assessmentStateTag } from "@/lib/governance/labels";
import { maturityName, TOPIC_GROUPS, topicBySlug, topicLabel } from "@/lib/governance/topics";
import { publishAssessmentAction } from "../../actions";
import { ReopenForm } from "./reopen-form";

export const metadata: Metadata = { title: "Governance self-assessment" };
export const dynamic = "force-dynamic";

const NOTICES: Record<string, string> = {
  submitted: "The assessment is submitted. It is locked now, and not public until it is published.",
  published: "The assessment is published: everyone can see it on the dashboard.",
  unpublished: "The assessment is no longer published.",
  reopened: "The assessment is reopened. Its board admins have been told why.",
  progress: "The action's progress is saved.",
};

export default async function AssessmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ assessmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { assessmentId } = await params;
  const query = await searchParams;
  const actor = await getActor();
  const view = await orNotFound(getAssessment({ actor, assessmentId }));
  const { assessment, topics, can } = view;
  const state = assessmentStateTag(assessment);
  const path = `/governance/assessments/${assessment.id}`;
  const completed = topics.filter((t) => topicStatus(t.answer) === "Completed").length;
  const saved = typeof query.saved === "string" ? topicBySlug(query.saved) : undefined;
  const notice = Object.keys(NOTICES).find((key) => query[key]);
  const overall = overallMaturity(topics.map((t) => t.answer.rating));
  const allActions = topics.flatMap((t) => t.actions);

  return (
    <PageWidth>
      <p>
        <Link href={`/footprints/${assessment.footprint.id}/governance`}>
          {assessment.footprint.name}&apos;s governance
        </Link>
      </p>
      <Caption>Governance self-assessment, {assessment.period.name}</Caption>
      <h1>{assessment.footprint.name}</h1>
      {saved ? <SuccessNotice>Saved: {topicLabel(saved)}</SuccessNotice> : null}
      {notice ? <SuccessNotice>{NOTICES[notice]}</SuccessNotice> : null}
      <p>
        <Tag colour={state.colour}>{state.label}</Tag>
      </p>
      <SummaryList
        rows={[
          { key: "Region", value: assessment.footprint.region.name },
          { key: "Period", value: assessment.period.name },
          {
            key: "Deadline",
            value: `${formatUkDateTime(assessment.period.closesAt)}${assessment.period.state === "CLOSED" ? " (the period is closed)" : ""}`,
          },
          ...(assessment.network
            ? [
                {
                  key: "Network",
                  value: (
                    <Link href={`/networks/${assessment.network.id}`}>
                      {assessment.network.name}
                    </Link>
                  ),
                },
              ]
            : []),
          ...(overall !== null && assessment.status === "SUBMITTED"
            ? [{ key: "Overall maturity", value: `${formatNumber(overall)} out of 4` }]
            : []),
          ...(assessment.submittedAt
            ? [
                {
                  key: "Submitted",
                  value: `${formatUkDateTime(assessment.submittedAt)}${assessment.submittedBy ? ` by ${assessment.submittedBy.name}` : ""}`,
                },
              ]
            : []),
          ...(assessment.publishedAt
            ? [
                {
                  key: "Published",
                  value: `${formatUkDateTime(assessment.publishedAt)}${assessment.publishedBy ? ` by ${assessment.publishedBy.name}` : ""}`,
                },
              ]
            : []),
          ...(assessment.reopenedAt && assessment.status === "DRAFT"
            ? [
                {
                  key: "Reopened",
                  value: `${formatUkDateTime(assessment.reopenedAt)}: ${assessment.reopenReason ?? ""}`,
                },
              ]
            : []),
        ]}
      />

      {can.answer ? (
        <>
          <p>
            Rate each topic, give the evidence, and add the actions you will take. Answers are saved
            as you go: you can leave and come back, here or on another device. You have completed{" "}
            <strong>
              {completed} of {topics.length}
            </strong>{" "}
            topics. Submit by <strong>{formatUkDateTime(assessment.period.closesAt)}</strong>.
          </p>
          {TOPIC_GROUPS.map((group) => (
            <section key={group.group} aria-labelledby={`group-${group.group}`}>
              <h2 id={`group-${group.group}`}>{group.title}</h2>
              <TaskList
                tasks={topics
                  .filter((t) => t.topic.group === group.group)
                  .map((t) => ({
                    id: t.topic.slug,
                    title: topicLabel(t.topic),
                    href: `${path}/topics/${t.topic.slug}`,
                    status: topicStatus(t.answer),
                    hint: [
                      t.answer.rating
                        ? `${t.answer.rating} ${maturityName(t.answer.rating)}`
                        : null,
                      t.actions.length
                        ? `${t.actions.length} action${t.actions.length === 1 ? "" : "s"}`
                        : null,
                    ]
                      .filter(Boolean)
                      .join(" · "),
                  }))}
              />
            </section>
          ))}
          <p>
            <Link
              href={`${path}/check`}
              className="inline-block rounded bg-nhs-green px-nhs-3 pb-[10px] pt-[12px] font-semibold text-white! no-underline shadow-[0_4px_0_var(--color-nhs-dark-green)] hover:bg-[#00662f]"
            >
              Check your answers
            </Link>
          </p>
        </>
      ) : (
        <>
          {assessment.status === "DRAFT" ? (
            <InsetText>
              <p className="m-0">
                {view.window === "open"
                  ? "This assessment is a draft: it may still change."
                  : "This draft was not submitted before its period's deadline, so it can no longer be changed, but it can still be read."}
              </p>
            </InsetText>
          ) : null}
          {TOPIC_GROUPS.map((group) => (
            <section key={group.group} aria-labelledby={`group-${group.group}`}>
              <h2 id={`group-${group.group}`}>{group.title}</h2>
              {topics
                .filter((t) => t.topic.group === group.group)
                .map((t) => (
                  <section
                    key={t.topic.key}
                    id={t.topic.slug}
                    aria-labelledby={`${t.topic.slug}-heading`}
                    className="mb-nhs-4 border border-nhs-border bg-white p-nhs-4"
                  >
                    <h3 id={`${t.topic.slug}-heading`} className="mt-0">
                      {topicLabel(t.topic)}
                    </h3>
                    <p className="text-nhs-16 text-nhs-secondary-text">{t.topic.wording}</p>
                    <p className="mb-nhs-2">
                      <RatingLabel rating={t.answer.rating} />
                    </p>
                    {view.previousPeriodName && t.previous !== null ? (
                      <p className="text-nhs-16">
                        {view.previousPeriodName}: {t.previous} {maturityName(t.previous)}
                        <ChangeMark
                          change={t.answer.rating === null ? null : t.answer.rating - t.previous}
                          since={view.previousPeriodName}
                          className="inline ml-nhs-2 text-nhs-16!"
                        />
                      </p>
                    ) : null}
                    <h4 className="mb-nhs-1 text-nhs-19 font-bold">Evidence</h4>
                    <p className="whitespace-pre-wrap">{t.answer.evidence || "None given."}</p>
                    {t.actions.length ? (
                      <ActionsTable
                        caption={`Actions for ${t.topic.title.toLowerCase()}`}
                        showTopic={false}
                        actions={t.actions}
                      />
                    ) : null}
                  </section>
                ))}
            </section>
          ))}
        </>
      )}

      <h2 id="actions">Actions</h2>
      {allActions.length ? (
        <ActionsTable
          caption={`Every action in this assessment (${allActions.length})`}
          actions={allActions.map((action) => ({
            ...action,
            extra: can.updateActions ? (
              <Link href={`${path}/actions/${action.id}`}>
                {can.answer ? "Change" : "Update progress"}
                <span className="sr-only">: {action.description.slice(0, 60)}</span>
              </Link>
            ) : undefined,
          }))}
          extraHeading={can.updateActions ? "Change" : undefined}
        />
      ) : (
        <p>No actions have been added.</p>
      )}

      {can.publish ? (
        <section aria-labelledby="publish-heading">
          <h2 id="publish-heading">Publishing</h2>
          {assessment.publishedAt ? (
            <>
              <p>
                Everyone can see this assessment. Withdrawing it takes it off the dashboard and the
                footprint&apos;s page for anyone outside the footprint and the programme team.
              </p>
              <ActionForm
                action={publishAssessmentAction}
                fields={{ assessmentId: assessment.id, publish: "no" }}
                label="Withdraw publication"
                variant="secondary"
              />
            </>
          ) : (
            <>
              <p>
                Only the footprint&apos;s board admins and network leads, and the programme team,
                can see it now. Publishing shows everyone its ratings, evidence and actions,
                including the names of the actions&apos; owners, on the national dashboard.
              </p>
              <ActionForm
                action={publishAssessmentAction}
                fields={{ assessmentId: assessment.id, publish: "yes" }}
                label="Publish the assessment"
              />
            </>
          )}
        </section>
      ) : null}

      {can.reopen ? (
        <section aria-labelledby="reopen-heading">
          <h2 id="reopen-heading">Reopen</h2>
          <p>
            Reopening makes it a draft again, with every answer kept, and withdraws its publication
            until it is submitted and published again.
          </p>
          <ReopenForm assessmentId={assessment.id} />
        </section>
      ) : null}
    </PageWidth>
  );
}
