/**
 * What-if weights on the ranking page (DESIGN.md, "Rules that matter", Scoring: "admins can change
 * weights and see the ranking move before anything is decided"). They travel as `w-<criterionId>`
 * fields: in the page's query string (the GET form, without JavaScript), in the ranking CSV's
 * address, and in the form that saves them. Pure and isomorphic: the client component checks each
 * keystroke with the same rules the server applies to the query string.
 */
import { z } from "zod";
import { id, percentage, version } from "../forms/fields";
import type { CriterionWeight } from "./weighted-total";

const PREFIX = "w-";

/** The field (and query parameter) that carries a criterion's weight. */
export function weightParam(criterionId: string): string {
  return `${PREFIX}${criterionId}`;
}

/**
 * A weight as typed: a whole number from 1 to 100, the same rule as the round's criteria form
 * (lib/rounds/round-forms.ts), so any weight tried here could also be saved.
 */
export const ZWeight = percentage({ label: "The weight", min: 1 });

export type WhatIfCriterion = { id: string; name: string; weight: number };

export type WhatIfWeights = {
  /** What to rank with: the weights asked for when every one is valid, else the saved ones. */
  weights: CriterionWeight[];
  /** Criterion id → the text of its weight field, as typed, so a form can show it back. */
  values: Record<string, string>;
  /** Criterion id → what is wrong with its weight, in criteria order. */
  errors: Record<string, string>;
  /** The weights ranked with differ from the saved ones. */
  whatIf: boolean;
};

/**
 * Reads what-if weights from a query string or form (`w-<criterionId>` fields). A criterion with
 * no field keeps its saved weight. One bad value anywhere and the saved weights are used for all:
 * half of a what-if would rank by weights nobody chose.
 */
export function parseWhatIfWeights({
  params,
  criteria,
}: {
  params: Readonly<Record<string, string | string[] | undefined>>;
  criteria: readonly WhatIfCriterion[];
}): WhatIfWeights {
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  const asked: CriterionWeight[] = [];
  for (const criterion of criteria) {
    const given = params[weightParam(criterion.id)];
    const text = Array.isArray(given) ? given[0] : given;
    if (text === undefined) {
      values[criterion.id] = String(criterion.weight);
      asked.push({ criterionId: criterion.id, weight: criterion.weight });
      continue;
    }
    values[criterion.id] = text;
    const parsed = ZWeight.safeParse(text);
    if (parsed.success) asked.push({ criterionId: criterion.id, weight: parsed.data });
    else errors[criterion.id] = weightError({ name: criterion.name, text });
  }
  const saved = savedWeights(criteria);
  if (Object.keys(errors).length > 0) return { weights: saved, values, errors, whatIf: false };
  return {
    weights: asked,
    values,
    errors,
    whatIf: asked.some((w, i) => w.weight !== saved[i]!.weight),
  };
}

function weightError({ name, text }: { name: string; text: string }): string {
  return text.trim() === ""
    ? `Enter a weight for ${name}`
    : `The weight for ${name} must be a whole number from 1 to 100`;
}

export function savedWeights(criteria: readonly WhatIfCriterion[]): CriterionWeight[] {
  return criteria.map((c) => ({ criterionId: c.id, weight: c.weight }));
}

/** The `w-<criterionId>` fields of a form, as { criterionId: text }, for ZSaveWeights. */
export function weightFields(
  raw: Readonly<Record<string, string | string[]>>,
): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([key]) => key.startsWith(PREFIX) && key.length > PREFIX.length)
      .map(([key, value]) => [key.slice(PREFIX.length), value]),
  );
}

/** The query parameters for weights, or none when they are the saved ones. */
export function weightQuery({
  weights,
  criteria,
}: {
  weights: readonly CriterionWeight[];
  criteria: readonly WhatIfCriterion[];
}): [string, string][] {
  const saved = new Map(criteria.map((c) => [c.id, c.weight]));
  if (weights.every((w) => saved.get(w.criterionId) === w.weight)) return [];
  return weights.map((w) => [weightParam(w.criterionId), String(w.weight)]);
}

/** "35, 35 and 30" (in criteria order), for sentences about the weights in use. */
export function listWeights(weights: readonly CriterionWeight[]): string {
  const numbers = weights.map((w) => String(w.weight));
  return numbers.length <= 1
    ? (numbers[0] ?? "")
    : `${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
}

/** The form that saves the weights tried: the round, the version it was read at, and the weights. */
export const ZSaveWeights = z.object({
  roundId: id(),
  version: version(),
  weights: z
    .record(z.string().min(1).max(100), ZWeight)
    .refine((weights) => Object.keys(weights).length > 0),
});
