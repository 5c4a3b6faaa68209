import { z } from "zod";
import { wholeNumber } from "../forms/fields";

export const FOOTPRINT_KIND_LABELS = {
  ICS: { singular: "integrated care system", plural: "integrated care systems" },
  STP: { singular: "sustainability and transformation partnership", plural: "STPs" },
  ICP: { singular: "integrated care partnership", plural: "integrated care partnerships" },
} as const;

export const PAGE_SIZE = 25;

/** A page number from a query string: digits only, from 1; anything else is page 1. */
export const ZPage = wholeNumber({ label: "The page", min: 1, max: 10_000 }).catch(1);

/** Free text from a query string: trimmed, inner spaces collapsed, at most 100 characters. */
export const ZSearchText = z
  .string()
  .transform((value) => value.trim().replace(/\s+/g, " ").slice(0, 100))
  .catch("");

/** The footprint list's query string. ICSs by default: they are today's map. */
export const ZFootprintFilter = z.object({
  kind: z.enum(["ICS", "STP", "ICP", "ALL"]).catch("ICS").default("ICS"),
  region: z.string().max(100).catch("").default(""),
  q: ZSearchText.default(""),
  page: ZPage.default(1),
});
export type FootprintFilter = z.infer<typeof ZFootprintFilter>;

/** The first value of a query-string parameter that may repeat. */
export function firstValues(
  params: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) result[key] = first;
  }
  return result;
}

/** Pages to show: the count, and which page this is (clamped to the last one). */
export function paginate({ total, page }: { total: number; page: number }) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  return { pages, current, skip: (current - 1) * PAGE_SIZE, take: PAGE_SIZE };
}
