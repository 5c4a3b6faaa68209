/** Programme admins' selection and decision forms, as zod schemas over posted fields. */
import { z } from "zod";
import { parsePounds } from "../bids/bid-rules";

export const ZSelectionParams = z.object({
  basis: z.enum(["total", "normalised"]).catch("total"),
  cap: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .pipe(
      z
        .number()
        .int({ error: "Enter the region cap as a whole number" })
        .min(1, { error: "The region cap must be at least 1" })
        .max(50)
        .nullable(),
    ),
});

export const ZRecordProposal = ZSelectionParams.extend({
  roundId: z.string().min(1),
  note: z
    .string()
    .trim()
    .min(1, { error: "Enter the panel's rationale for these decisions" })
    .max(2000, { error: "Keep the rationale to 2,000 characters or fewer" }),
});

export const ZDecision = z
  .object({
    roundId: z.string().min(1),
    bidId: z.string().min(1),
    version: z.coerce.number().int().min(0),
    outcome: z.enum(["FUNDED", "DECLINED"], { error: "Choose funded or declined" }),
    amount: z.string().trim().optional(),
    rationale: z
      .string()
      .trim()
      .min(1, { error: "Enter the rationale for this decision" })
      .max(4000, { error: "Keep the rationale to 4,000 characters or fewer" }),
  })
  .transform((value, ctx) => {
    if (value.outcome === "DECLINED") return { ...value, amountAwardedPence: 0 };
    const parsed = parsePounds(value.amount ?? "", "the amount awarded");
    if ("error" in parsed) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: parsed.error });
      return z.NEVER;
    }
    return { ...value, amountAwardedPence: parsed.pence };
  });
