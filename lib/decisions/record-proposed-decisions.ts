import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { proposeSelection, type SelectionBasis } from "../selection/propose-selection";
import { writeDecisions } from "./record-decision";

/**
 * Records the proposed selection as the round's decisions in one go: the proposed bids funded
 * with what they asked for, every other assessed bid declined with the reason it was left out.
 * The proposal is worked out again here from the same settings, never taken from the form. Only
 * for a round with no decisions yet; after that, decisions change one bid at a time.
 */
export async function recordProposedDecisions({
  actor,
  roundId,
  basis,
  regionCap,
  note,
}: {
  actor: Actor;
  roundId: string;
  basis: SelectionBasis;
  regionCap: number | null;
  note: string;
}): Promise<{ funded: number; declined: number }> {
  const proposal = await proposeSelection({ actor, roundId, basis, regionCap });
  if (proposal.decisionsExist)
    throw new DomainError({
      code: "INVALID_STATE",
      message: "Decisions are already recorded for this round: change them one bid at a time",
    });
  const lead = note.trim().replace(/[.\s]+$/, "");
  const decisions = proposal.rows
    .filter((row) => row.decision === null)
    .map((row) => ({
      bidId: row.bidId,
      outcome: row.proposed ? ("FUNDED" as const) : ("DECLINED" as const),
      amountAwardedPence: row.proposed ? row.amountRequestedPence : 0,
      rationale: row.proposed
        ? `${lead}. Proposed for a pilot place, with a total of ${row.score!.toFixed(2)}.`
        : `${lead}. ${row.reason ?? "Not proposed"}.`,
      version: 0,
    }));
  await prisma.$transaction((tx) => writeDecisions(tx, { actorId: actor.id, roundId, decisions }));
  return {
    funded: decisions.filter((d) => d.outcome === "FUNDED").length,
    declined: decisions.filter((d) => d.outcome === "DECLINED").length,
  };
}
