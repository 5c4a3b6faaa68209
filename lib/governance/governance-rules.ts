/**
 * The governance self-assessment's rules as plain functions: when a period takes answers, what an
 * assessment needs before it is submitted, an action's being overdue, and the summaries the
 * dashboard draws (overall maturity, change, distribution, median). Pure; tests/unit/governance-rules.test.ts.
 */
import type { GovernanceTopic } from "../generated/prisma/enums";
import { MATURITY_VALUES, TOPICS, topicLabel, type MaturityLevel } from "./topics";

export type PeriodWindow = "open" | "past-deadline" | "closed";

/** A period takes answers while it is open and its deadline (an instant) has not come. */
export function periodWindow({
  period,
  now,
}: {
  period: { state: string; closesAt: Date };
  now: Date;
}): PeriodWindow {
  if (period.state !== "OPEN") return "closed";
  return now < period.closesAt ? "open" : "past-deadline";
}

export type Answer = { topic: GovernanceTopic; rating: number | null; evidence: string };

export type SubmissionProblem = { topic: GovernanceTopic; field: string; message: string };

/** What stops an assessment being submitted: every topic needs a rating and its evidence. */
export function submissionProblems(answers: readonly Answer[]): SubmissionProblem[] {
  const byTopic = new Map(answers.map((answer) => [answer.topic, answer]));
  const problems: SubmissionProblem[] = [];
  for (const topic of TOPICS) {
    const answer = byTopic.get(topic.key);
    if (!answer?.rating)
      problems.push({
        topic: topic.key,
        field: `${topic.slug}-rating`,
        message: `Choose a rating for ${topicLabel(topic)}`,
      });
    if (!answer?.evidence.trim())
      problems.push({
        topic: topic.key,
        field: `${topic.slug}-evidence`,
        message: `Give the evidence for ${topicLabel(topic)}`,
      });
  }
  return problems;
}

export type TopicStatus = "Completed" | "In progress" | "Not started";

/** A topic's place in the task list. */
export function topicStatus(answer: { rating: number | null; evidence: string }): TopicStatus {
  if (answer.rating && answer.evidence.trim()) return "Completed";
  if (answer.rating || answer.evidence.trim()) return "In progress";
  return "Not started";
}

/** An action is overdue once its due date (a UK calendar day) has passed and it is not done. */
export function isOverdue({
  dueOn,
  status,
  today,
}: {
  dueOn: Date;
  status: string;
  /** Today's UK date as midnight UTC, the way `@db.Date` columns hold a day. */
  today: Date;
}): boolean {
  return status !== "DONE" && dueOn.getTime() < today.getTime();
}

/** The mean of the ratings given, or null when there are none. */
export function overallMaturity(ratings: readonly (number | null)[]): number | null {
  const given = ratings.filter((r): r is number => typeof r === "number");
  if (!given.length) return null;
  return given.reduce((sum, r) => sum + r, 0) / given.length;
}

/** The median of some ratings (the mean of the middle two for an even count), or null. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How many ratings are at each level, 1 to 4. */
export function distribution(values: readonly number[]): Record<MaturityLevel, number> {
  const counts = { 1: 0, 2: 0, 3: 0, 4: 0 } as Record<MaturityLevel, number>;
  for (const value of values)
    if ((MATURITY_VALUES as number[]).includes(value)) counts[value as MaturityLevel] += 1;
  return counts;
}

/** The change from the previous rating: null when either is missing. */
export function ratingChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  return current - previous;
}

/** "up 1", "down 2", "no change": the words that go with a change, never an arrow alone. */
export function describeChange(change: number): string {
  if (change > 0) return `up ${formatNumber(change)}`;
  if (change < 0) return `down ${formatNumber(-change)}`;
  return "no change";
}

/** One decimal place, without a trailing ".0" for whole numbers: 3, 2.5, 2.7. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
