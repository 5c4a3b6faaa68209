/**
 * Governance self-assessment factories (issue 13). At most one period is open at a time (a
 * database rule), so every test that needs one shares `sharedOpenPeriod()`; tests make closed
 * periods freely, each with a unique name.
 */
import type { GovernanceTopic } from "@/lib/generated/prisma/enums";
import { TOPICS } from "@/lib/governance/topics";
import { testDb, unique } from "./index";

/** The open period, made on first use with a deadline far ahead (tests set `now` before it). */
export async function sharedOpenPeriod() {
  const open = await testDb().governancePeriod.findFirst({ where: { state: "OPEN" } });
  if (open) return open;
  try {
    return await testDb().governancePeriod.create({
      data: { name: unique("Open period"), closesAt: new Date("2099-01-29T17:00:00Z") },
    });
  } catch {
    // Another file made it at the same moment.
    return testDb().governancePeriod.findFirstOrThrow({ where: { state: "OPEN" } });
  }
}

/** A closed period whose deadline is `closesAt`. */
export async function createClosedPeriod({ closesAt }: { closesAt: Date }) {
  return testDb().governancePeriod.create({
    data: { name: unique("Period"), closesAt, state: "CLOSED", closedAt: closesAt },
  });
}

/**
 * An assessment with every topic rated `rating` (or the given ratings) and evidence, as a draft,
 * submitted, or submitted and published.
 */
export async function createAssessment({
  periodId,
  footprintId,
  state = "published",
  rating = 3,
  ratings,
  evidence = "Evidence",
}: {
  periodId: string;
  footprintId: string;
  state?: "draft" | "submitted" | "published";
  rating?: number | null;
  ratings?: Partial<Record<GovernanceTopic, number | null>>;
  evidence?: string;
}) {
  const submitted = state !== "draft";
  return testDb().governanceAssessment.create({
    data: {
      periodId,
      footprintId,
      status: submitted ? "SUBMITTED" : "DRAFT",
      submittedAt: submitted ? new Date("2026-11-01T12:00:00Z") : null,
      publishedAt: state === "published" ? new Date("2026-11-02T12:00:00Z") : null,
      ratings: {
        create: TOPICS.map((topic) => {
          const value = ratings && topic.key in ratings ? (ratings[topic.key] ?? null) : rating;
          return { topic: topic.key, rating: value, evidence: value === null ? "" : evidence };
        }),
      },
    },
  });
}
