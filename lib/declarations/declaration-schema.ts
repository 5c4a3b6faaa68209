import { z } from "zod";

export const INTEREST_TYPES = [
  "FINANCIAL",
  "NON_FINANCIAL_PROFESSIONAL",
  "NON_FINANCIAL_PERSONAL",
  "INDIRECT",
] as const;

/** A date from a date input (YYYY-MM-DD), as midnight UTC, which is how @db.Date columns store it. */
export function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // 2026-02-30 rolls over to March: refuse it.
  return date.toISOString().slice(0, 10) === value ? date : null;
}

const date = (message: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      const parsed = parseIsoDate(value);
      if (!parsed) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return parsed;
    });

/** A register-of-interests entry as the form sends it. */
export const ZDeclaration = z
  .object({
    type: z.enum(INTEREST_TYPES, { error: "Choose the type of interest" }),
    organisationId: z.string().trim().max(100).optional().default(""),
    partyName: z
      .string()
      .trim()
      .max(200, { error: "Name must be 200 characters or fewer" })
      .optional()
      .default(""),
    description: z
      .string()
      .trim()
      .min(1, { error: "Describe the interest" })
      .max(1000, { error: "Description must be 1,000 characters or fewer" }),
    startsOn: date("Enter the date the interest began, like 2026-03-31"),
    endsOn: z
      .string()
      .trim()
      .optional()
      .default("")
      .transform((value, ctx) => {
        if (value === "") return null;
        const parsed = parseIsoDate(value);
        if (!parsed) {
          ctx.addIssue({ code: "custom", message: "Enter the end date like 2026-03-31" });
          return z.NEVER;
        }
        return parsed;
      }),
    published: z
      .enum(["on", "true", "yes"])
      .optional()
      .transform((value) => value !== undefined),
    version: z.coerce.number().int().min(1).optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.organisationId && !value.partyName)
      ctx.addIssue({
        code: "custom",
        path: ["partyName"],
        message: "Choose an organisation or enter the name of the other party",
      });
    if (value.endsOn && value.endsOn < value.startsOn)
      ctx.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: "The end date must be the same as or after the start date",
      });
  });
export type Declaration = z.infer<typeof ZDeclaration>;

/** Ending an entry: the date it ended. */
export const ZEndDeclaration = z.object({
  endsOn: date("Enter the date the interest ended, like 2026-03-31"),
  version: z.coerce.number().int().min(1),
});
