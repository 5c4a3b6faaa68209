/** Programme admins' selection and decision forms, as zod schemas over posted fields. */
import { z } from "zod";
import { parsePounds } from "../bids/bid-rules";
import { choice, id, optionalWholeNumber, text, version } from "../forms/fields";

export const ZSelectionParams = z.object({
  basis: z.enum(["total", "normalised"]).catch("total"),
  cap: optionalWholeNumber({ label: "The region cap", min: 1, max: 50 }),
});

export const ZRecordProposal = ZSelectionParams.extend({
  roundId: id(),
  note: text({
    label: "The rationale",
    max: 2000,
    required: "Enter the panel's rationale for these decisions",
  }),
});

export const ZDecision = z
  .object({
    roundId: id(),
    bidId: id(),
    version: version(),
    outcome: choice(["FUNDED", "DECLINED"] as const, { message: "Choose funded or declined" }),
    amount: text({ label: "The amount awarded", max: 30 }),
    rationale: text({
      label: "The rationale",
      max: 4000,
      required: "Enter the rationale for this decision",
    }),
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
