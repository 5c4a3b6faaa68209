import { z } from "zod";

export const FOOTPRINT_KIND_LABELS = {
  ICS: { singular: "integrated care system", plural: "integrated care systems" },
  STP: { singular: "sustainability and transformation partnership", plural: "STPs" },
  ICP: { singular: "integrated care partnership", plural: "integrated care partnerships" },
} as const;

/** The footprint list's query string. ICSs by default: they are today's map. */
export const ZFootprintFilter = z.object({
  kind: z.enum(["ICS", "STP", "ICP", "ALL"]).default("ICS"),
});
