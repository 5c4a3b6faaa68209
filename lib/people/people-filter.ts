import { z } from "zod";
import { ZPage, ZSearchText } from "../footprints/footprint-filter";

const ROLES = ["LAY_MEMBER", "NED", "CHAIR", "COUNCILLOR", "ASSOCIATE_NED", "OTHER"] as const;
const id = z.string().max(100).catch("").default("");

/** The people directory's query string. Every filter is optional. */
export const ZPeopleFilter = z.object({
  q: ZSearchText.default(""),
  role: z
    .enum([...ROLES, ""])
    .catch("")
    .default(""),
  organisation: ZSearchText.default(""),
  footprint: id,
  region: id,
  skill: id,
  sector: id,
  page: ZPage.default(1),
});
export type PeopleFilter = z.infer<typeof ZPeopleFilter>;
