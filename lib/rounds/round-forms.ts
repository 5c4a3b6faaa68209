import "server-only";
/**
 * Programme admins' round forms, from posted fields to the use-cases (lib/rounds/save-round.ts),
 * with UK local times turned into instants across the GMT/BST changes.
 */
import { z } from "zod";
import type { Actor } from "../auth/session";
import { plainText } from "../bids/bid-rules";
import {
  decimal,
  id,
  money,
  optionalId,
  optionalVersion,
  parseWholeNumber,
  requireVersionWhenEditing,
  text as textField,
  ukDateTime,
  version as versionField,
  wholeNumber,
} from "../forms/fields";
import { formStateFromError } from "../forms/domain-error-state";
import {
  fieldErrorsFrom,
  hasRepeatedField,
  TAMPERED_FORM,
  type FormState,
} from "../forms/form-data";
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

const ZRound = z
  .object({
    roundId: optionalId()
      .transform((v) => v ?? undefined)
      .optional(),
    version: optionalVersion()
      .transform((v) => v ?? undefined)
      .optional(),
    title: plainText({ label: "Title", max: 200 }).pipe(
      z.string().trim().min(1, { error: "Enter a title" }),
    ),
    slug: textField({ label: "The web address name", max: 80 }).pipe(
      z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
        error: "Enter a web address name of lower-case letters, numbers and hyphens",
      }),
    ),
    description: plainText({ label: "Description", max: 5000 }).pipe(
      z.string().trim().min(1, { error: "Enter a description" }),
    ),
    eligibility: plainText({ label: "Eligibility", max: 5000 }),
    opensAt: ukDateTime({ label: "The opening time", required: "Enter the opening time" }),
    closesAt: ukDateTime({ label: "The closing time", required: "Enter the closing time" }),
    budget: money({ label: "The budget" }),
    pilotPlaces: wholeNumber({
      label: "Pilot places",
      min: 1,
      max: 100,
      required: "Enter the number of pilot places",
    }),
    assessorsPerBid: wholeNumber({
      label: "Assessors per bid",
      min: 2,
      max: 10,
      required: "Enter the number of assessors per bid",
    }),
    disagreementThreshold: decimal({
      label: "The disagreement threshold",
      min: 0,
      max: 99,
      places: 2,
    }),
  })
  .superRefine((value, ctx) => {
    requireVersionWhenEditing(value, ctx, "roundId");
    if (value.opensAt && value.closesAt && value.closesAt <= value.opensAt)
      ctx.addIssue({
        code: "custom",
        path: ["closesAt"],
        message: "The closing time must be after the opening time",
      });
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
  const parsed = ZRound.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values };
  const { roundId, version, budget, opensAt, closesAt, ...rest } = parsed.data;
  const fields: RoundFields = {
    ...rest,
    opensAt: opensAt!,
    closesAt: closesAt!,
    budgetPence: budget,
  };
  try {
    const result = await saveRound({ actor, roundId, version: version ?? 0, fields });
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
  if (hasRepeatedField(raw, /^(name|guidance|weight)-\d+$/)) return { formError: TAMPERED_FORM };
  const values: Record<string, string> = {};
  for (const key of Object.keys(raw)) values[key] = text(raw, key);
  const fieldErrors: Record<string, string> = {};
  const criteria: { name: string; guidance: string; weight: number }[] = [];
  const ZName = plainText({ label: "The name", max: 100 });
  const ZGuidance = plainText({ label: "The guidance", max: 2000 });
  for (const i of rowIndexes(raw, "name")) {
    const name = text(raw, `name-${i}`).trim();
    const guidance = text(raw, `guidance-${i}`).trim();
    const weight = text(raw, `weight-${i}`);
    if (!name && !guidance && !weight) continue;
    const n = ZName.safeParse(name);
    const g = ZGuidance.safeParse(guidance);
    if (!name) fieldErrors[`name-${i}`] = `Enter a name for criterion ${i + 1}`;
    else if (!n.success) fieldErrors[`name-${i}`] = n.error.issues[0]!.message;
    if (!g.success) fieldErrors[`guidance-${i}`] = g.error.issues[0]!.message;
    const w = parseWholeNumber(weight, 1, 100);
    if (w === null)
      fieldErrors[`weight-${i}`] =
        `The weight of criterion ${i + 1} must be a whole number from 1 to 100`;
    if (n.success && g.success && name && w !== null) criteria.push({ name, guidance, weight: w });
  }
  const names = criteria.map((c) => c.name.toLowerCase());
  if (new Set(names).size !== names.length)
    fieldErrors.criteria = "Give each criterion a different name";
  const round = id().safeParse(raw.roundId);
  if (!round.success) return { formError: "Reload the page and try again", values };
  const roundId = round.data;
  if (Object.keys(fieldErrors).length) return { fieldErrors, values };
  try {
    await saveCriteria({ actor, roundId, criteria });
    return { ok: true, roundId };
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
  if (hasRepeatedField(raw, /^(value|label|descriptor)-\d+$/)) return { formError: TAMPERED_FORM };
  const values: Record<string, string> = {};
  for (const key of Object.keys(raw)) values[key] = text(raw, key);
  const fieldErrors: Record<string, string> = {};
  const points: { value: number; label: string; descriptor: string }[] = [];
  const ZLabel = plainText({ label: "The label", max: 100 });
  const ZDescriptor = plainText({ label: "The descriptor", max: 1000 });
  for (const i of rowIndexes(raw, "label")) {
    const value = text(raw, `value-${i}`);
    const label = text(raw, `label-${i}`).trim();
    const descriptor = text(raw, `descriptor-${i}`).trim();
    if (!value && !label && !descriptor) continue;
    const score = parseWholeNumber(value, 0, 99);
    if (score === null) fieldErrors[`value-${i}`] = "The score must be a whole number from 0 to 99";
    const l = ZLabel.safeParse(label);
    const d = ZDescriptor.safeParse(descriptor);
    if (!label) fieldErrors[`label-${i}`] = "Enter a label";
    else if (!l.success) fieldErrors[`label-${i}`] = l.error.issues[0]!.message;
    if (!descriptor) fieldErrors[`descriptor-${i}`] = "Enter a descriptor";
    else if (!d.success) fieldErrors[`descriptor-${i}`] = d.error.issues[0]!.message;
    if (l.success && d.success && label && descriptor && score !== null)
      points.push({ value: score, label, descriptor });
  }
  const scores = points.map((p) => p.value);
  if (new Set(scores).size !== scores.length)
    fieldErrors.scale = "Give each point a different score";
  const round = id().safeParse(raw.roundId);
  if (!round.success) return { formError: "Reload the page and try again", values };
  const roundId = round.data;
  if (Object.keys(fieldErrors).length) return { fieldErrors, values };
  try {
    await saveScale({ actor, roundId, points });
    return { ok: true, roundId };
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
    .object({
      roundId: id(),
      to: textField({ label: "The state", max: 40, required: "Choose a state" }),
      version: versionField(),
    })
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
