-- Assessment (issue 5): a decision carries a rationale, a declined bid is awarded nothing, and a
-- conflict and a reopening carry their reasons (DESIGN.md, "Conflict of interest" and "Scoring").
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_rationale" CHECK (length(btrim("rationale")) > 0);
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_declined_awards_nothing" CHECK ("outcome" = 'FUNDED' OR "amountAwardedPence" = 0);
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_reason" CHECK (length(btrim("reason")) > 0);
ALTER TABLE "Review" ADD CONSTRAINT "Review_reopen_reason" CHECK ("reopenedAt" IS NULL OR length(btrim(coalesce("reopenReason", ''))) > 0);
