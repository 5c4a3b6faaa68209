import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { dateOnly, ukDateString } from "../format/dates";
import {
  assessmentEditableBy,
  assessmentPublishableBy,
  assessmentReadableBy,
  notFound,
} from "./governance-access";
import { isOverdue, periodWindow } from "./governance-rules";
import { TOPICS } from "./topics";

/**
 * One assessment as the actor may see it, with each topic's answer, its actions, the footprint's
 * previous submitted assessment that the actor may read (for the change), and what the actor may
 * do with it. Anything the actor may not read answers NOT_FOUND, as for one that does not exist.
 */
export async function getAssessment({
  actor,
  assessmentId,
  now = new Date(),
}: {
  actor: Actor | null;
  assessmentId: string;
  now?: Date;
}) {
  const assessment = await prisma.governanceAssessment.findFirst({
    where: { AND: [{ id: assessmentId }, assessmentReadableBy(actor)] },
    select: {
      id: true,
      status: true,
      version: true,
      submittedAt: true,
      publishedAt: true,
      reopenedAt: true,
      reopenReason: true,
      footprint: {
        select: { id: true, name: true, kind: true, region: { select: { id: true, name: true } } },
      },
      network: { select: { id: true, name: true } },
      period: { select: { id: true, name: true, state: true, closesAt: true } },
      submittedBy: { select: { name: true } },
      publishedBy: { select: { name: true } },
      ratings: {
        select: {
          topic: true,
          rating: true,
          evidence: true,
          version: true,
          updatedAt: true,
          updatedBy: { select: { name: true } },
        },
      },
      actions: {
        orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          topic: true,
          description: true,
          dueOn: true,
          status: true,
          version: true,
          owner: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!assessment) throw notFound();
  const [previous, editable, publishable] = await Promise.all([
    prisma.governanceAssessment.findFirst({
      where: {
        AND: [
          assessmentReadableBy(actor),
          {
            footprintId: assessment.footprint.id,
            status: "SUBMITTED",
            period: { closesAt: { lt: assessment.period.closesAt } },
          },
        ],
      },
      orderBy: { period: { closesAt: "desc" } },
      select: {
        period: { select: { name: true } },
        ratings: { select: { topic: true, rating: true } },
      },
    }),
    actor
      ? prisma.governanceAssessment.count({
          where: { AND: [{ id: assessmentId }, assessmentEditableBy(actor)] },
        })
      : 0,
    actor
      ? prisma.governanceAssessment.count({
          where: { AND: [{ id: assessmentId }, assessmentPublishableBy(actor)] },
        })
      : 0,
  ]);
  const window = periodWindow({ period: assessment.period, now });
  const today = dateOnly(ukDateString(now));
  const byTopic = new Map(assessment.ratings.map((r) => [r.topic, r]));
  const previousByTopic = new Map(previous?.ratings.map((r) => [r.topic, r.rating]) ?? []);
  const topics = TOPICS.map((topic) => ({
    topic,
    answer: byTopic.get(topic.key) ?? {
      topic: topic.key,
      rating: null,
      evidence: "",
      version: 0,
      updatedAt: null,
      updatedBy: null,
    },
    previous: previousByTopic.get(topic.key) ?? null,
    actions: assessment.actions
      .filter((a) => a.topic === topic.key)
      .map((a) => ({ ...a, overdue: isOverdue({ dueOn: a.dueOn, status: a.status, today }) })),
  }));
  const isDraft = assessment.status === "DRAFT";
  return {
    assessment,
    topics,
    previousPeriodName: previous?.period.name ?? null,
    window,
    can: {
      answer: editable > 0 && isDraft && window === "open",
      /** Keep actions' progress up to date: the footprint's people, whatever the state. */
      updateActions: editable > 0,
      publish: publishable > 0 && !isDraft,
      reopen: !!actor?.roles.has("PROGRAMME_ADMIN") && !isDraft && window === "open",
    },
  };
}

export type AssessmentView = Awaited<ReturnType<typeof getAssessment>>;
