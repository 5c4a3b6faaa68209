import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { dateOnly, ukDateString } from "../format/dates";
import { assessmentReadableBy, footprintsAssessableBy, notFound } from "./governance-access";
import { isOverdue, median, overallMaturity, periodWindow } from "./governance-rules";
import { TOPICS } from "./topics";

/**
 * A footprint's own governance view: its assessments that the actor may read, period by period
 * (the trend), the latest submitted one against its region's peers in that period (the median of
 * theirs, per topic), its actions not yet done, and for its board admins and network leads the
 * open period's assessment to start or carry on.
 */
export async function getFootprintGovernance({
  actor,
  footprintId,
  now = new Date(),
}: {
  actor: Actor | null;
  footprintId: string;
  now?: Date;
}) {
  const footprint = await prisma.footprint.findUnique({
    where: { id: footprintId },
    select: { id: true, name: true, kind: true, region: { select: { id: true, name: true } } },
  });
  if (!footprint) throw notFound();
  const [assessments, openPeriod, assessable] = await Promise.all([
    prisma.governanceAssessment.findMany({
      where: { AND: [assessmentReadableBy(actor), { footprintId }] },
      orderBy: [{ period: { closesAt: "asc" } }, { id: "asc" }],
      select: {
        id: true,
        status: true,
        publishedAt: true,
        submittedAt: true,
        period: { select: { id: true, name: true, closesAt: true, state: true } },
        ratings: { select: { topic: true, rating: true } },
        actions: {
          where: { status: { not: "DONE" } },
          orderBy: [{ dueOn: "asc" }, { id: "asc" }],
          select: {
            id: true,
            topic: true,
            description: true,
            dueOn: true,
            status: true,
            version: true,
            owner: { select: { name: true } },
          },
        },
      },
    }),
    prisma.governancePeriod.findFirst({
      where: { state: "OPEN" },
      select: { id: true, name: true, closesAt: true, state: true },
    }),
    actor
      ? prisma.footprint.count({
          where: { AND: [{ id: footprintId }, footprintsAssessableBy(actor)] },
        })
      : 0,
  ]);
  const submitted = assessments.filter((a) => a.status === "SUBMITTED");
  const latest = submitted.at(-1) ?? null;
  const peers = latest
    ? await prisma.governanceAssessment.findMany({
        where: {
          AND: [
            assessmentReadableBy(actor),
            {
              periodId: latest.period.id,
              status: "SUBMITTED",
              footprintId: { not: footprintId },
              footprint: { regionId: footprint.region.id },
            },
          ],
        },
        select: { ratings: { select: { topic: true, rating: true } } },
      })
    : [];
  const ratingOf = (a: { ratings: { topic: string; rating: number | null }[] }, topic: string) =>
    a.ratings.find((r) => r.topic === topic)?.rating ?? null;
  const trend = submitted.map((a) => ({
    assessmentId: a.id,
    period: a.period,
    published: a.publishedAt !== null,
    overall: overallMaturity(a.ratings.map((r) => r.rating)),
    ratings: TOPICS.map((topic) => ratingOf(a, topic.key)),
  }));
  const comparison = latest
    ? TOPICS.map((topic) => {
        const values = peers
          .map((p) => ratingOf(p, topic.key))
          .filter((v): v is number => v !== null);
        return {
          topic,
          rating: ratingOf(latest, topic.key),
          peerMedian: median(values),
          peerCount: values.length,
        };
      })
    : [];
  const today = dateOnly(ukDateString(now));
  const openActions = assessments
    .flatMap((a) =>
      a.actions.map((action) => ({
        ...action,
        assessmentId: a.id,
        periodName: a.period.name,
        overdue: isOverdue({ dueOn: action.dueOn, status: action.status, today }),
      })),
    )
    .sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime());
  const current = openPeriod ? assessments.find((a) => a.period.id === openPeriod.id) : undefined;
  return {
    footprint,
    latest: latest
      ? {
          id: latest.id,
          period: latest.period,
          published: latest.publishedAt !== null,
          overall: overallMaturity(latest.ratings.map((r) => r.rating)),
        }
      : null,
    trend,
    comparison,
    peerCount: peers.length,
    openActions,
    openPeriod:
      openPeriod && assessable > 0
        ? {
            ...openPeriod,
            takesAnswers: periodWindow({ period: openPeriod, now }) === "open",
            assessment: current ? { id: current.id, status: current.status } : null,
          }
        : null,
    canAssess: assessable > 0,
  };
}

export type FootprintGovernance = Awaited<ReturnType<typeof getFootprintGovernance>>;
