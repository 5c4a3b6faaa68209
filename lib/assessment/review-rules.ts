/**
 * Pure rules of a review form: what an assessor typed per criterion, and what a complete review
 * needs (docs/domain.md, "Scoring": a score on the round's scale and a written rationale for
 * every criterion).
 */
import { z } from "zod";
import { containsNonText, parseWholeNumber } from "../forms/fields";

export type ReviewEntry = { score: number | null; rationale: string };
export type ReviewEntries = Record<string, ReviewEntry>;

export const RATIONALE_MAX_LENGTH = 4000;

export const scoreField = (criterionId: string) => `score-${criterionId}`;
export const rationaleField = (criterionId: string) => `rationale-${criterionId}`;

/**
 * A posted score: blank is "not scored yet"; digits are a number; anything else (`1e1`, ` 3`,
 * `-1`) is NaN, which no scale holds, so reviewProblems refuses the whole save and a score already
 * saved is never cleared by a malformed one.
 */
function readScore(text: string): number | null {
  if (text === "") return null;
  return parseWholeNumber(text, 0, 999) ?? Number.NaN;
}

/** The entries posted for the round's criteria; anything posted for another criterion is ignored. */
export function readReviewEntries({
  raw,
  criterionIds,
}: {
  raw: Record<string, string | string[]>;
  criterionIds: readonly string[];
}): ReviewEntries {
  const text = (key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : "");
  return Object.fromEntries(
    criterionIds.map((id) => {
      return [
        id,
        {
          score: readScore(text(scoreField(id))),
          rationale: text(rationaleField(id)).replace(/\r\n/g, "\n").trim(),
        },
      ];
    }),
  );
}

/**
 * Field errors for the entries, keyed by form field. A draft may leave things out but what it has
 * must be valid; a submission needs every criterion scored on the scale with a rationale.
 */
export function reviewProblems({
  entries,
  criteria,
  scaleValues,
  complete,
}: {
  entries: ReviewEntries;
  criteria: readonly { id: string; name: string }[];
  scaleValues: readonly number[];
  complete: boolean;
}): Record<string, string> {
  const problems: Record<string, string> = {};
  const low = Math.min(...scaleValues);
  const high = Math.max(...scaleValues);
  for (const criterion of criteria) {
    const entry = entries[criterion.id] ?? { score: null, rationale: "" };
    if (entry.score !== null && !scaleValues.includes(entry.score))
      problems[scoreField(criterion.id)] =
        `Choose a score for ${criterion.name.toLowerCase()} from ${low} to ${high}`;
    else if (complete && entry.score === null)
      problems[scoreField(criterion.id)] = `Choose a score for ${criterion.name.toLowerCase()}`;
    if (containsNonText(entry.rationale))
      problems[rationaleField(criterion.id)] =
        `The rationale for ${criterion.name.toLowerCase()} contains characters that are not text: remove them`;
    else if (entry.rationale.length > RATIONALE_MAX_LENGTH)
      problems[rationaleField(criterion.id)] =
        `The rationale for ${criterion.name.toLowerCase()} must be ${RATIONALE_MAX_LENGTH} characters or fewer`;
    else if (complete && !entry.rationale)
      problems[rationaleField(criterion.id)] =
        `Explain your score for ${criterion.name.toLowerCase()}`;
  }
  return problems;
}

/** A stored draft (Review.draft) read back defensively: it is JSON, so its shape is checked. */
const ZDraft = z.object({
  scores: z.record(
    z.string(),
    z.object({ score: z.number().int().nullable(), rationale: z.string() }),
  ),
});

export function draftEntries(draft: unknown): ReviewEntries {
  const parsed = ZDraft.safeParse(draft);
  return parsed.success ? parsed.data.scores : {};
}

/**
 * Why a review does not count in the ranking, or null when it does: it counts once submitted,
 * while its assessor is still on the bid and has no conflict with it (a conflict found after
 * submission voids it). The ranking's query applies the same rule (lib/scoring/load-ranking-data.ts).
 */
export function whyReviewDoesNotCount({
  state,
  assignmentEnded,
  endReason,
  conflicted,
}: {
  state: "DRAFT" | "SUBMITTED";
  assignmentEnded: boolean;
  endReason?: string | null;
  conflicted: boolean;
}): string | null {
  if (state !== "SUBMITTED") return "Not submitted";
  if (assignmentEnded) return `Assessor taken off the bid: ${endReason ?? ""}`.trim();
  if (conflicted) return "Conflict of interest";
  return null;
}
