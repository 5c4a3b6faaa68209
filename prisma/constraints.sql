-- Structural rules that Prisma's schema language cannot express. Every rule here is also in a
-- migration. The drift test (tests/integration/migrations.test.ts) builds one database from the
-- migrations and another from schema.prisma plus this file, and fails when they differ.

-- Footprints: an ICP sits in an ICS, ICSs and STPs have no parent. The lead cap is positive.
ALTER TABLE "Footprint" ADD CONSTRAINT "Footprint_icp_has_parent" CHECK (("kind" = 'ICP') = ("parentId" IS NOT NULL));
ALTER TABLE "Footprint" ADD CONSTRAINT "Footprint_leadCap_positive" CHECK ("leadCap" >= 1);

-- Dates run forwards.
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_dates" CHECK ("endsOn" IS NULL OR "endsOn" >= "startsOn");
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_dates" CHECK ("endsOn" IS NULL OR "endsOn" >= "startsOn");
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_dates" CHECK ("endsOn" IS NULL OR "endsOn" >= "startsOn");
ALTER TABLE "Event" ADD CONSTRAINT "Event_dates" CHECK ("endsAt" >= "startsAt");
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_dates" CHECK ("closesAt" > "opensAt");

-- A declaration names an organisation or a party.
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_names_a_party" CHECK ("organisationId" IS NOT NULL OR length(btrim(coalesce("partyName", ''))) > 0);

-- Networks: one current membership and one pending join request per person per network.
CREATE UNIQUE INDEX "NetworkMembership_one_current" ON "NetworkMembership" ("networkId", "personId") WHERE "leftAt" IS NULL;
CREATE UNIQUE INDEX "NetworkJoinRequest_one_pending" ON "NetworkJoinRequest" ("networkId", "personId") WHERE "status" = 'PENDING';

-- Assignments: exactly one of workstream or board seat, at most one current non-executive lead per
-- workstream (DESIGN.md, "Assignment rules": two admins assigning at once cannot both win), one
-- current holder per board seat, one current assignment per person per workstream.
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_one_target" CHECK (num_nonnulls("workstreamId", "boardSeatId") = 1);
CREATE UNIQUE INDEX "Assignment_one_current_lead_per_workstream" ON "Assignment" ("workstreamId") WHERE "role" = 'LEAD' AND "endsOn" IS NULL AND "workstreamId" IS NOT NULL;
CREATE UNIQUE INDEX "Assignment_one_current_holder_per_seat" ON "Assignment" ("boardSeatId") WHERE "endsOn" IS NULL AND "boardSeatId" IS NOT NULL;
CREATE UNIQUE INDEX "Assignment_one_current_per_person_per_workstream" ON "Assignment" ("workstreamId", "personId") WHERE "endsOn" IS NULL AND "workstreamId" IS NOT NULL;

-- Funding rounds: money in non-negative pence, at least one pilot place, at least two assessors a
-- bid (DESIGN.md, "Scoring"), positive weights, a non-negative disagreement threshold.
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_budget" CHECK ("budgetPence" >= 0);
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_places" CHECK ("pilotPlaces" >= 1);
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_assessors" CHECK ("assessorsPerBid" >= 2);
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_threshold" CHECK ("disagreementThreshold" >= 0);
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_weight_positive" CHECK ("weight" > 0);

-- Bids: one live (not withdrawn) bid per footprint per round, and money in non-negative pence.
CREATE UNIQUE INDEX "Bid_one_live_per_footprint_per_round" ON "Bid" ("roundId", "footprintId") WHERE "state" <> 'WITHDRAWN';
ALTER TABLE "Bid" ADD CONSTRAINT "Bid_amount" CHECK ("amountRequestedPence" >= 0);
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_amount" CHECK ("amountPence" >= 0);
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_amount" CHECK ("amountAwardedPence" >= 0);

-- Assessment: one current assignment per assessor per bid, and every score carries a rationale.
CREATE UNIQUE INDEX "ReviewAssignment_one_current" ON "ReviewAssignment" ("bidId", "assessorId") WHERE "endedAt" IS NULL;
ALTER TABLE "CriterionScore" ADD CONSTRAINT "CriterionScore_rationale" CHECK (length(btrim("rationale")) > 0);

-- Decisions carry a rationale and a declined bid is awarded nothing; conflicts and reopenings carry
-- their reasons (DESIGN.md, "Conflict of interest" and "Scoring").
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_rationale" CHECK (length(btrim("rationale")) > 0);
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_declined_awards_nothing" CHECK ("outcome" = 'FUNDED' OR "amountAwardedPence" = 0);
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_reason" CHECK (length(btrim("reason")) > 0);
ALTER TABLE "Review" ADD CONSTRAINT "Review_reopen_reason" CHECK ("reopenedAt" IS NULL OR length(btrim(coalesce("reopenReason", ''))) > 0);

-- Governance ratings run from 1 (not in place) to 4 (embedded).
ALTER TABLE "GovernanceRating" ADD CONSTRAINT "GovernanceRating_range" CHECK ("rating" BETWEEN 1 AND 4);

-- Governance self-assessment: at most one period open at a time, a submitted assessment says when,
-- only a submitted one is published, a reopening carries its reason, an action says what it is.
CREATE UNIQUE INDEX "GovernancePeriod_one_open" ON "GovernancePeriod" ("state") WHERE "state" = 'OPEN';
ALTER TABLE "GovernancePeriod" ADD CONSTRAINT "GovernancePeriod_name" CHECK (length(btrim("name")) > 0);
ALTER TABLE "GovernanceAssessment" ADD CONSTRAINT "GovernanceAssessment_submitted_when" CHECK ("status" <> 'SUBMITTED' OR "submittedAt" IS NOT NULL);
ALTER TABLE "GovernanceAssessment" ADD CONSTRAINT "GovernanceAssessment_published_submitted" CHECK ("publishedAt" IS NULL OR "status" = 'SUBMITTED');
ALTER TABLE "GovernanceAssessment" ADD CONSTRAINT "GovernanceAssessment_reopen_reason" CHECK ("reopenedAt" IS NULL OR length(btrim(coalesce("reopenReason", ''))) > 0);
ALTER TABLE "GovernanceAction" ADD CONSTRAINT "GovernanceAction_description" CHECK (length(btrim("description")) > 0);

-- Users and roles: e-mail addresses are stored lower-case, board admin is always scoped to a
-- footprint and no other role is, and a footprint-less role is held once.
ALTER TABLE "User" ADD CONSTRAINT "User_email_lower" CHECK ("email" = lower("email"));
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_scope" CHECK (("role" = 'BOARD_ADMIN') = ("footprintId" IS NOT NULL));
CREATE UNIQUE INDEX "RoleGrant_one_unscoped" ON "RoleGrant" ("userId", "role") WHERE "footprintId" IS NULL;

-- Event capacity, when set, is positive.
ALTER TABLE "Event" ADD CONSTRAINT "Event_capacity" CHECK ("capacity" IS NULL OR "capacity" > 0);

-- Search: trigram indexes for the header search and the name filters (ILIKE and word similarity
-- both use them). pg_trgm ships with PostgreSQL.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Footprint_name_trgm" ON "Footprint" USING gin ("name" gin_trgm_ops);
CREATE INDEX "Organisation_name_trgm" ON "Organisation" USING gin ("name" gin_trgm_ops);
CREATE INDEX "Network_name_trgm" ON "Network" USING gin ("name" gin_trgm_ops);
CREATE INDEX "Person_givenName_trgm" ON "Person" USING gin ("givenName" gin_trgm_ops);
CREATE INDEX "Person_familyName_trgm" ON "Person" USING gin ("familyName" gin_trgm_ops);
