import { z } from "zod";
import { BID_SORTS } from "@/lib/bids/list-bids-for-admin";
import { BidState } from "@/lib/generated/prisma/enums";

/** The bid list's filters from the query string; anything unknown is ignored rather than refused. */
export const ZBidFilters = z.object({
  round: z.string().max(100).optional().catch(undefined),
  state: z.enum(BidState).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  sort: z
    .enum(Object.keys(BID_SORTS) as [keyof typeof BID_SORTS])
    .optional()
    .catch(undefined),
});
