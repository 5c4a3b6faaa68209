import { z } from "zod";

/** The two things people are assigned to, as they appear in URLs. */
export const ZTargetKind = z.enum(["workstreams", "seats"]);
export type TargetKind = z.infer<typeof ZTargetKind>;

export const TARGET_LABELS: Record<TargetKind, { singular: string; plural: string }> = {
  workstreams: { singular: "workstream", plural: "workstreams" },
  seats: { singular: "board seat", plural: "board seats" },
};
