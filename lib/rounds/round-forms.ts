import "server-only";
/**
 * Programme admins' round forms, from posted fields to the use-cases (lib/rounds/save-round.ts),
 * with UK local times turned into instants across the GMT/BST changes.
 */
import { z } from "zod";
import type { Actor } from "../auth/session";
import { parsePounds, plainText } from "../bids/bid-rules";
import { formStateFromError } from "../forms/domain-error-state";
import { fieldErrorsFrom, type FormState } from "../forms/form-data";
import { resolveLondonTime } from "./london-time";
import {
  changeRoundState,
  saveCriteria,
  saveRound,
  saveScale,
  type RoundFields,
} from "./save-round";

type Raw = Record<string, string | string[]>;
type Ok<T> = { ok: true } & T;

function text(raw: Raw, key: string): string {
  return typeof raw[key] === "string" ? (raw[key] as string) : "";
}

function londonInstant(local: string, label: string): { instant: Date } | { error: string } {
  const result = resolveLondonTime(local.trim());
  switch (result.kind) {
    case "ok":
      return { instant: result.instant };
    case "nonexistent":
      return {
        error: `${label} does not exist in the UK: the clocks go forward an hour that night. Choose a time outside 1am to 2am.`,
      };
    case "ambiguous":
      return {
        error: `${label} happens twice in the UK: the clocks go back an hour that night. Choose a time outside 1am to 2am.`,
      };
    default:
      return { error: `Enter ${label.toLowerCase()} as a date and time` };
  }
}

const ZRoundText = z.object({
  title: plainText({ label: "Title", max: 200 }).pipe(
    z.string().trim().min(1, { error: "Enter a title" }),
  ),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: "Enter a web address name of lower-case letters, numbers and hyphens",
    })
    .max(80),
  description: plainText({ label: "Description", max: 5000 }).pipe(
    z.string().trim().min(1, { error: "Enter a description" }),
  ),
  eligibility: plainText({ label: "Eligibility", max: 5000 }),
  pilotPlaces: z.coerce
    .number({ error: "Enter the number of pilot places" })
    .int({ error: "Pilot places must be a whole number" })
    .min(1, { error: "Pilot places must be at least 1" })
    .max(100, { error: "Pilot places must be 100 or fewer" }),
  assessorsPerBid: z.coerce
    .number({ error: "Enter the number of assessors per bid" })
    .int({ error: "Assessors per bid must be a whole number" })
    .min(2, { error: "Each bid needs at least 2 assessors" })
    .max(10, { error: "Assessors per bid must be 10 or fewer" }),
  disagreementThreshold: z.coerce
    .number({ error: "Enter the disagreement threshold as a number, like 1.5" })
    .min(0, { error: "The disagreement threshold must be 0 or more" })
    .max(99, { error: "The disagreement threshold must be under 100" }),
});

export async function handleSaveRound({
  actor,
  raw,
}: {
  actor: Actor;
  raw: Raw;
}): Promise<Ok<{ roundId: string }> | FormState> {
  const values: Record<string, string> = {};
  for (const key of Object.keys(raw)) values[key] = text(raw, key);
  const parsed = ZRoundText.safeParse(raw);
  const fieldErrors: Record<string, string> = parsed.success
    ? {}
    : fieldErrorsFrom(parsed.error.issues);
  const opens = londonInstant(text(raw, "opensAt"), "The opening time");
  const closes = londonInstant(text(raw, "closesAt"), "The closing time");
  if ("error" in opens) fieldErrors.opensAt = opens.error;
  if ("error" in closes) fieldErrors.closesAt = closes.error;
  if ("instant" in opens && "instant" in closes && closes.instant <= opens.instant)
    fieldErrors.closesAt = "The closing time must be after the opening time";
  const budget = parsePounds(text(raw, "budget"), "the budget");
  if ("error" in budget) fieldErrors.budget = budget.error;
  if (!parsed.success || Object.keys(fieldErrors).length || !("instant" in opens))
    return { fieldErrors, values };
  if (!("instant" in closes) || "error" in budget) return { fieldErrors, values };
  const fields: RoundFields = {
    ...parsed.data,
    opensAt: opens.instant,
    closesAt: closes.instant,
    budgetPence: budget.pence,
  };
  const roundId = text(raw, "roundId");
  try {
    const result = await saveRound({
      actor,
      roundId: roundId || undefined,
      version: Number(text(raw, "version")) || 0,
      fields,
    });
    return { ok: true, ...result };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

/** Rows of `name-N`, `guidance-N`, `weight-N`; blank rows are skipped. */
export async function handleSaveCriteria({
  actor,
  raw,
}: {
  actor: Actor;
  raw: Raw;
}): Promise<Ok<{ roundId: string }> | FormState> {
  const values: Record<string, string> = {};
  for (const key of Object.keys(raw)) values[key] = text(raw, key);
  const fieldErrors: Record<string, string> = {};
  const criteria: { name: string; guidance: string; weight: number }[] = [];
  const ZName = plainText({ label: "The name", max: 100 });
  const ZGuidance = plainText({ label: "The guidance", max: 2000 });
  for (const i of rowIndexes(raw, "name")) {
    const name = text(raw, `name-${i}`).trim();
    const guidance = text(raw, `guidance-${i}`).trim();
    const weight = text(raw, `weight-${i}`).trim();
    if (!name && !guidance && !weight) continue;
    const n = ZName.safeParse(name);
    const g = ZGuidance.safeParse(guidance);
    if (!name) fieldErrors[`name-${i}`] = `Enter a name for criterion ${i + 1}`;
    else if (!n.success) fieldErrors[`name-${i}`] = n.error.issues[0]!.message;
    if (!g.success) fieldErrors[`guidance-${i}`] = g.error.issues[0]!.message;
    if (!/^\d{1,3}$/.test(weight) || Number(weight) < 1 || Number(weight) > 100)
      fieldErrors[`weight-${i}`] =
        `The weight of criterion ${i + 1} must be a whole number from 1 to 100`;
    if (n.success && g.success && name) criteria.push({ name, guidance, weight: Number(weight) });
  }
  const names = criteria.map((c) => c.name.toLowerCase());
  if (new Set(names).size !== names.length)
    fieldErrors.criteria = "Give each criterion a different name";
  if (Object.keys(fieldErrors).length) return { fieldErrors, values };
  try {
    await saveCriteria({ actor, roundId: text(raw, "roundId"), criteria });
    return { ok: true, roundId: text(raw, "roundId") };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

/** Rows of `value-N`, `label-N`, `descriptor-N`; blank rows are skipped. */
export async function handleSaveScale({
  actor,
  raw,
}: {
  actor: Actor;
  raw: Raw;
}): Promise<Ok<{ roundId: string }> | FormState> {
  const values: Record<string, string> = {};
  for (const key of Object.keys(raw)) values[key] = text(raw, key);
  const fieldErrors: Record<string, string> = {};
  const points: { value: number; label: string; descriptor: string }[] = [];
  const ZLabel = plainText({ label: "The label", max: 100 });
  const ZDescriptor = plainText({ label: "The descriptor", max: 1000 });
  for (const i of rowIndexes(raw, "label")) {
    const value = text(raw, `value-${i}`).trim();
    const label = text(raw, `label-${i}`).trim();
    const descriptor = text(raw, `descriptor-${i}`).trim();
    if (!value && !label && !descriptor) continue;
    if (!/^\d{1,2}$/.test(value))
      fieldErrors[`value-${i}`] = "The score must be a whole number from 0 to 99";
    const l = ZLabel.safeParse(label);
    const d = ZDescriptor.safeParse(descriptor);
    if (!label) fieldErrors[`label-${i}`] = "Enter a label";
    else if (!l.success) fieldErrors[`label-${i}`] = l.error.issues[0]!.message;
    if (!descriptor) fieldErrors[`descriptor-${i}`] = "Enter a descriptor";
    else if (!d.success) fieldErrors[`descriptor-${i}`] = d.error.issues[0]!.message;
    if (l.success && d.success && label && descriptor && /^\d{1,2}$/.test(value))
      points.push({ value: Number(value), label, descriptor });
  }
  const scores = points.map((p) => p.value);
  if (new Set(scores).size !== scores.length)
    fieldErrors.scale = "Give each point a different score";
  if (Object.keys(fieldErrors).length) return { fieldErrors, values };
  try {
    await saveScale({ actor, roundId: text(raw, "roundId"), points });
    return { ok: true, roundId: text(raw, "roundId") };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function handleChangeRoundState({
  actor,
  raw,
  now,
}: {
  actor: Actor;
  raw: Raw;
  now?: Date;
}): Promise<Ok<{ roundId: string }> | FormState> {
  const parsed = z
    .object({ roundId: z.string().min(1), to: z.string().min(1), version: z.coerce.number().int() })
    .safeParse(raw);
  if (!parsed.success) return { formError: "Reload the page and try again" };
  try {
    await changeRoundState({ actor, ...parsed.data, now });
    return { ok: true, roundId: parsed.data.roundId };
  } catch (error) {
    return formStateFromError(error);
  }
}

function rowIndexes(raw: Raw, prefix: string): number[] {
  return Object.keys(raw)
    .map((key) => new RegExp(`^${prefix}-(\\d+)$`).exec(key)?.[1])
    .filter((i): i is string => i !== undefined)
    .map(Number)
    .sort((a, b) => a - b)
    .slice(0, 20);
}
