import "server-only";
/**
 * The bid's forms, from posted fields to a use-case and back: zod parses what was posted
 * (formDataToObject), the use-case runs with the actor, and a DomainError becomes field or form
 * errors. The server actions in app/bids call these after requireUser, so the integration suite
 * can prove that bad input gives field errors and writes nothing.
 */
import { z } from "zod";
import type { Actor } from "../auth/session";
import { formStateFromError } from "../forms/domain-error-state";
import { choice, id, idList, text, version } from "../forms/fields";
import {
  fieldErrorsFrom,
  hasRepeatedField,
  TAMPERED_FORM,
  type FormState,
} from "../forms/form-data";
import type { BidSectionKey } from "../generated/prisma/enums";
import { addCoAuthor } from "./add-co-author";
import { parsePounds, plainText, ZBidTitle, ZSectionBody } from "./bid-rules";
import { saveBudget } from "./save-budget";
import { savePartners } from "./save-partners";
import { saveSection, StaleSectionError, type SectionConflict } from "./save-section";
import { sectionBySlug } from "./sections";
import { startBid } from "./start-bid";
import { IncompleteBidError, NotADraftError, submitBid } from "./submit-bid";

type Raw = Record<string, string | string[]>;
type Ok<T> = { ok: true } & T;
export type BidFormState = FormState & { conflict?: SectionConflict & { mine: string } };

const ZVersion = version();
const ZId = id();

const ZSectionForm = z.object({
  bidId: ZId,
  section: text({ label: "The question", max: 100 }),
  version: ZVersion,
  body: ZSectionBody,
});

export async function handleSaveSection({
  actor,
  raw,
  now,
}: {
  actor: Actor;
  raw: Raw;
  now?: Date;
}): Promise<Ok<{ version: number; savedAt: Date; bidId: string }> | BidFormState> {
  const parsed = ZSectionForm.safeParse(raw);
  const body = typeof raw.body === "string" ? raw.body : "";
  if (!parsed.success)
    return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values: { body } };
  const spec = sectionBySlug(parsed.data.section);
  if (!spec) return { formError: "This question does not exist" };
  try {
    const result = await saveSection({
      actor,
      bidId: parsed.data.bidId,
      key: spec.key as BidSectionKey,
      body: parsed.data.body,
      version: parsed.data.version,
      now,
    });
    return { ok: true, bidId: parsed.data.bidId, ...result };
  } catch (error) {
    if (error instanceof StaleSectionError)
      return {
        formError: error.userMessage,
        values: { body },
        conflict: { ...error.current, mine: parsed.data.body },
      };
    return formStateFromError(error, { body });
  }
}

const ZStartForm = z.object({
  roundId: ZId,
  footprintId: id({ message: "Choose the footprint the bid is for" }),
  title: ZBidTitle,
});

export async function handleStartBid({
  actor,
  raw,
  now,
}: {
  actor: Actor;
  raw: Raw;
  now?: Date;
}): Promise<Ok<{ bidId: string }> | FormState> {
  const parsed = ZStartForm.safeParse(raw);
  const values = { title: typeof raw.title === "string" ? raw.title : "" };
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values };
  try {
    return { ok: true, ...(await startBid({ actor, ...parsed.data, now })) };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

/** The budget page posts `amount` and rows of `description-N` / `amount-N`; blank rows are skipped. */
export const BUDGET_ROWS_BLANK = 3;
const ZDescription = plainText({ label: "The description", max: 200 });

export async function handleSaveBudget({
  actor,
  raw,
  now,
}: {
  actor: Actor;
  raw: Raw;
  now?: Date;
}): Promise<Ok<{ bidId: string }> | FormState> {
  if (hasRepeatedField(raw, /^(description|amount)(-\d+)?$/)) return { formError: TAMPERED_FORM };
  const text = (key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : "");
  const values: Record<string, string> = {};
  for (const key of Object.keys(raw)) values[key] = text(key);
  const fieldErrors: Record<string, string> = {};
  const amount = parsePounds(text("amount"), "the amount requested");
  if ("error" in amount) fieldErrors.amount = amount.error;
  const lines: { description: string; amountPence: number }[] = [];
  const indexes = Object.keys(raw)
    .map((key) => /^description-(\d+)$/.exec(key)?.[1])
    .filter((i): i is string => i !== undefined)
    .map(Number)
    .sort((a, b) => a - b)
    .slice(0, 50);
  for (const i of indexes) {
    const description = text(`description-${i}`).trim();
    // Not trimmed: a padded amount is refused, like every number (lib/forms/fields.ts).
    const pounds = text(`amount-${i}`);
    if (!description && !pounds.trim()) continue;
    const parsedDescription = ZDescription.safeParse(description);
    if (!description) fieldErrors[`description-${i}`] = `Enter a description for line ${i + 1}`;
    else if (!parsedDescription.success)
      fieldErrors[`description-${i}`] = parsedDescription.error.issues[0]!.message;
    const line = parsePounds(pounds, `the amount for line ${i + 1}`);
    if ("error" in line) fieldErrors[`amount-${i}`] = line.error;
    else if (parsedDescription.success && description)
      lines.push({ description: parsedDescription.data, amountPence: line.pence });
  }
  const ids = z.object({ bidId: ZId, version: ZVersion }).safeParse(raw);
  if (!ids.success) return { formError: "Reload the page and try again", values };
  if (Object.keys(fieldErrors).length || "error" in amount) return { fieldErrors, values };
  try {
    await saveBudget({
      actor,
      bidId: ids.data.bidId,
      version: ids.data.version,
      amountRequestedPence: amount.pence,
      lines,
      now,
    });
    return { ok: true, bidId: ids.data.bidId };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

const ZPartnersForm = z.object({
  bidId: ZId,
  version: ZVersion,
  organisationIds: idList({ message: "Choose partners from the list" }),
});

export async function handleSavePartners({
  actor,
  raw,
  now,
}: {
  actor: Actor;
  raw: Raw;
  now?: Date;
}): Promise<Ok<{ bidId: string }> | FormState> {
  const parsed = ZPartnersForm.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  try {
    await savePartners({ actor, ...parsed.data, now });
    return { ok: true, bidId: parsed.data.bidId };
  } catch (error) {
    return formStateFromError(error);
  }
}

const ZCoAuthorForm = z.object({
  bidId: ZId,
  email: text({
    label: "The email address",
    max: 320,
    required: "Enter the co-author's email address",
  }).pipe(
    z.email({ error: "Enter an email address in the correct format, like name@example.org" }),
  ),
});

export async function handleAddCoAuthor({
  actor,
  raw,
  now,
}: {
  actor: Actor;
  raw: Raw;
  now?: Date;
}): Promise<Ok<{ bidId: string }> | FormState> {
  const parsed = ZCoAuthorForm.safeParse(raw);
  const values = { email: typeof raw.email === "string" ? raw.email : "" };
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values };
  try {
    await addCoAuthor({ actor, ...parsed.data, now });
    return { ok: true, bidId: parsed.data.bidId };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

const ZSubmitForm = z.object({
  bidId: ZId,
  declaration: choice(["yes"] as const, {
    message: "Confirm that the information in the bid is correct and that you may submit it",
  }),
});

export async function handleSubmitBid({
  actor,
  raw,
  now,
}: {
  actor: Actor;
  raw: Raw;
  now?: Date;
}): Promise<Ok<{ bidId: string; alreadySubmitted: boolean }> | FormState> {
  const parsed = ZSubmitForm.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  try {
    await submitBid({ actor, bidId: parsed.data.bidId, declarationAccepted: true, now });
    return { ok: true, bidId: parsed.data.bidId, alreadySubmitted: false };
  } catch (error) {
    if (error instanceof IncompleteBidError)
      return {
        formError: "The bid is not ready to submit. Answer everything in the list below first.",
        fieldErrors: Object.fromEntries(error.problems.map((p) => [p.field, p.message])),
      };
    // A second click or a second tab: the first submission stands, so show it.
    if (error instanceof NotADraftError)
      return { ok: true, bidId: parsed.data.bidId, alreadySubmitted: true };
    return formStateFromError(error);
  }
}
