/**
 * Pure rules of a bid: what an answer may contain, how money is read, whether the budget adds up,
 * what is missing before submission and whether the deadline has passed. No database here.
 */
import { z } from "zod";
import { MAX_PENCE, money, text } from "../forms/fields";
import { BID_SECTIONS, SECTION_MAX_LENGTH } from "./sections";

/**
 * Answers are plain text. Anything that looks like an HTML tag or comment is refused with a field
 * error rather than stored, so an answer never carries markup into a page, a CSV or an email (and
 * React escapes what is shown in any case).
 */
export function containsMarkup(text: string): boolean {
  return /<\s*[a-zA-Z!/?]/.test(text);
}

const MARKUP_MESSAGE = "Remove the angle brackets: answers must be plain text, not HTML or code";

export function plainText({ label, max }: { label: string; max: number }) {
  return text({ label, max, trim: false }).refine((value) => !containsMarkup(value), {
    error: MARKUP_MESSAGE,
  });
}

export const ZSectionBody = plainText({ label: "Your answer", max: SECTION_MAX_LENGTH });

export const ZBidTitle = plainText({ label: "The bid's title", max: 200 }).pipe(
  z.string().trim().min(1, { error: "Enter a title for the bid" }),
);

/** Largest amount accepted in one field: £10 million, well above any pilot budget. */
export const MAX_POUNDS = MAX_PENCE / 100;

/**
 * Pounds as typed ("12,500", "£12,500.50") to integer pence, or an error message, by the field
 * vocabulary's `money` (digits only: negative, other notations and over-precise amounts refused).
 */
export function parsePounds(input: string, label: string): { pence: number } | { error: string } {
  const parsed = money({ label: capitalise(label) }).safeParse(input);
  return parsed.success ? { pence: parsed.data } : { error: parsed.error.issues[0]!.message };
}

/** Pence back to the pounds a form shows: 1250050 → "12500.50", 1250000 → "12500". */
export function penceToPoundsInput(pence: number): string {
  return pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function budgetTotal(lines: readonly { amountPence: number }[]): number {
  return lines.reduce((sum, line) => sum + line.amountPence, 0);
}

export type SubmissionProblem = { field: string; message: string; href: string };

/** What stops a bid from being submitted, in task-list order; empty when it is ready. */
export function submissionProblems({
  sections,
  amountRequestedPence,
  budgetLines,
  declarationAccepted,
  bidPath,
}: {
  sections: readonly { key: string; body: string }[];
  amountRequestedPence: number;
  budgetLines: readonly { amountPence: number }[];
  declarationAccepted: boolean;
  bidPath: string;
}): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  for (const spec of BID_SECTIONS) {
    const body = sections.find((s) => s.key === spec.key)?.body ?? "";
    if (!body.trim())
      problems.push({
        field: spec.slug,
        message: `Answer "${spec.title}"`,
        href: `${bidPath}/sections/${spec.slug}`,
      });
  }
  if (amountRequestedPence <= 0 || budgetLines.length === 0)
    problems.push({
      field: "budget",
      message: "Enter the amount requested and at least one budget line",
      href: `${bidPath}/budget`,
    });
  else if (budgetTotal(budgetLines) !== amountRequestedPence)
    problems.push({
      field: "budget",
      message: "The budget lines must add up to the amount requested",
      href: `${bidPath}/budget`,
    });
  if (!declarationAccepted)
    problems.push({
      field: "declaration",
      message: "Confirm the declaration",
      href: `${bidPath}/check#declaration`,
    });
  return problems;
}

/**
 * Whether a round takes submissions at `now`. Both times are instants, so the comparison holds
 * across the GMT/BST change; the round closes at closesAt exactly (a bid at 12:00:00 is late).
 */
export function roundTakesBids({
  state,
  opensAt,
  closesAt,
  now,
}: {
  state: string;
  opensAt: Date;
  closesAt: Date;
  now: Date;
}): "open" | "not-open-yet" | "closed" {
  if (state !== "OPEN" && state !== "DRAFT") return "closed";
  if (now.getTime() >= closesAt.getTime()) return "closed";
  if (state !== "OPEN" || now.getTime() < opensAt.getTime()) return "not-open-yet";
  return "open";
}
