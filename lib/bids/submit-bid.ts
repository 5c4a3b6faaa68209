import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { formatUkDateTime } from "../format/dates";
import { notify } from "../notifications/notify";
import { bidEditableBy } from "./bid-access";
import { submissionProblems, type SubmissionProblem } from "./bid-rules";
import { assertRoundTakesBids } from "./load-editable-bid";

export class IncompleteBidError extends DomainError {
  readonly problems: SubmissionProblem[];
  constructor(problems: SubmissionProblem[]) {
    super({ code: "INVALID_STATE", message: "The bid is not ready to submit" });
    this.problems = problems;
  }
}

/**
 * Submits a draft bid, with its declaration, before the round's deadline (an instant, so the
 * GMT/BST change cannot move it). The state change is conditional on the bid still being a draft,
 * so a double click, two tabs or ten requests at once make exactly one submission: the others
 * wait on the row and then find nothing to update.
 */
export async function submitBid({
  actor,
  bidId,
  declarationAccepted,
  now = new Date(),
}: {
  actor: Actor;
  bidId: string;
  declarationAccepted: boolean;
  now?: Date;
}): Promise<{ submittedAt: Date }> {
  const { submittedAt } = await prisma.$transaction(async (tx) => {
    const bid = await tx.bid.findFirst({
      where: { AND: [{ id: bidId }, bidEditableBy(actor)] },
      select: {
        id: true,
        title: true,
        state: true,
        version: true,
        leadUserId: true,
        amountRequestedPence: true,
        round: { select: { title: true, state: true, opensAt: true, closesAt: true } },
        footprint: { select: { name: true } },
        sections: { select: { key: true, body: true } },
        budgetLines: { select: { amountPence: true } },
        coAuthors: { select: { userId: true } },
      },
    });
    if (!bid) throw new DomainError({ code: "NOT_FOUND", message: "Bid not found" });
    assertRoundTakesBids({ round: bid.round, now });
    if (bid.state !== "DRAFT") throw alreadySubmitted();
    const problems = submissionProblems({ ...bid, declarationAccepted, bidPath: `/bids/${bidId}` });
    if (problems.length) throw new IncompleteBidError(problems);
    const { count } = await tx.bid.updateMany({
      where: { id: bidId, state: "DRAFT" },
      data: {
        state: "SUBMITTED",
        declarationAccepted: true,
        submittedAt: now,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw alreadySubmitted();
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "bid.submitted",
      entityType: "Bid",
      entityId: bidId,
      before: { state: "DRAFT", version: bid.version },
      after: { state: "SUBMITTED", version: bid.version + 1, submittedAt: now.toISOString() },
    });
    await notify(tx, {
      userIds: [bid.leadUserId, ...bid.coAuthors.map((c) => c.userId)],
      kind: "bid.submitted",
      title: `Bid submitted: ${bid.title}`,
      body: `${actor.name} submitted ${bid.footprint.name}'s bid to ${bid.round.title} on ${formatUkDateTime(now)}.`,
      link: `/bids/${bidId}`,
    });
    return { submittedAt: now };
  });
  return { submittedAt };
}

/** The bid is no longer a draft: a second click, a second tab, or a bid already withdrawn. */
export class NotADraftError extends DomainError {
  constructor() {
    super({ code: "INVALID_STATE", message: "This bid has already been submitted" });
  }
}

function alreadySubmitted() {
  return new NotADraftError();
}
