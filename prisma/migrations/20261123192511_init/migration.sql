-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "FootprintKind" AS ENUM ('ICS', 'STP', 'ICP');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('CCG', 'TRUST', 'ICB', 'LOCAL_AUTHORITY', 'VOLUNTARY', 'OTHER');

-- CreateEnum
CREATE TYPE "FieldVisibility" AS ENUM ('PRIVATE', 'MEMBERS');

-- CreateEnum
CREATE TYPE "ContactPreference" AS ENUM ('EMAIL', 'PHONE', 'NONE');

-- CreateEnum
CREATE TYPE "AppointmentRole" AS ENUM ('LAY_MEMBER', 'NED', 'CHAIR', 'COUNCILLOR', 'ASSOCIATE_NED', 'OTHER');

-- CreateEnum
CREATE TYPE "InterestType" AS ENUM ('FINANCIAL', 'NON_FINANCIAL_PROFESSIONAL', 'NON_FINANCIAL_PERSONAL', 'INDIRECT');

-- CreateEnum
CREATE TYPE "NetworkStatus" AS ENUM ('PROPOSED', 'ESTABLISHED', 'PILOT', 'CLOSED');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('MEMBER', 'CHAIR', 'SECRETARY');

-- CreateEnum
CREATE TYPE "JoinRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "WorkstreamStatus" AS ENUM ('ACTIVE', 'PAUSED', 'CLOSED');

-- CreateEnum
CREATE TYPE "SeatStatus" AS ENUM ('ACTIVE', 'CLOSED');

-- CreateEnum
CREATE TYPE "AssignmentRole" AS ENUM ('LEAD', 'MEMBER');

-- CreateEnum
CREATE TYPE "RoundState" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'IN_ASSESSMENT', 'DECIDED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "BidState" AS ENUM ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'SHORTLISTED', 'FUNDED', 'DECLINED');

-- CreateEnum
CREATE TYPE "BidSectionKey" AS ENUM ('FUNCTION_AND_MODEL', 'EXISTING_NETWORK', 'INNOVATION', 'AMBITION', 'SCALE', 'CROSS_FOOTPRINT_TRUSTS', 'OUTCOMES_AND_LEARNING', 'TIMELINE');

-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "ConflictType" AS ENUM ('APPOINTMENT_IN_FOOTPRINT', 'APPOINTMENT_AT_PARTNER', 'DECLARED_INTEREST', 'SELF_DECLARED', 'ADMIN_RECORDED');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('FUNDED', 'DECLINED');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('WEBINAR', 'NATIONAL_LEARNING_EVENT', 'WORKSHOP', 'MEETING');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('REGISTERED', 'WAITLISTED', 'CANCELLED', 'ATTENDED');

-- CreateEnum
CREATE TYPE "GovernanceTopic" AS ENUM ('SHARED_PURPOSE', 'CLINICAL_LEADERSHIP', 'CAPABILITY_AND_CAPACITY', 'RELATIONSHIPS', 'COMMUNICATION', 'ENGAGEMENT_AND_ACCOUNTABILITY', 'ARBITRATION_COLLABORATION_COMPETITION', 'SHARED_RISKS_AND_BENEFITS', 'Q_ACCOUNTABILITY', 'Q_PATIENT_AND_PUBLIC_ENGAGEMENT', 'Q_LOCAL_GOVERNMENT', 'Q_ORGANISATIONAL_STRUCTURES', 'Q_CLINICAL_VOICE', 'Q_INDEPENDENT_SCRUTINY', 'Q_AUDIT_AND_ASSURANCE');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('MEMBER', 'ASSESSOR', 'PROGRAMME_ADMIN', 'BOARD_ADMIN');

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL,
    "odsCode" TEXT NOT NULL,
    "onsCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Footprint" (
    "id" TEXT NOT NULL,
    "kind" "FootprintKind" NOT NULL,
    "name" TEXT NOT NULL,
    "odsCode" TEXT,
    "onsCode" TEXT,
    "regionId" TEXT NOT NULL,
    "parentId" TEXT,
    "leadCap" INTEGER NOT NULL DEFAULT 3,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Footprint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "odsCode" TEXT,
    "onsCode" TEXT,
    "postcode" TEXT,
    "openedOn" DATE,
    "closedOn" DATE,
    "regionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationFootprint" (
    "organisationId" TEXT NOT NULL,
    "footprintId" TEXT NOT NULL,

    CONSTRAINT "OrganisationFootprint_pkey" PRIMARY KEY ("organisationId","footprintId")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "bio" TEXT NOT NULL DEFAULT '',
    "contactPreference" "ContactPreference" NOT NULL DEFAULT 'EMAIL',
    "emailVisibility" "FieldVisibility" NOT NULL DEFAULT 'PRIVATE',
    "phoneVisibility" "FieldVisibility" NOT NULL DEFAULT 'PRIVATE',
    "bioVisibility" "FieldVisibility" NOT NULL DEFAULT 'MEMBERS',
    "skillsVisibility" "FieldVisibility" NOT NULL DEFAULT 'MEMBERS',
    "sectorsVisibility" "FieldVisibility" NOT NULL DEFAULT 'MEMBERS',
    "appointmentsVisibility" "FieldVisibility" NOT NULL DEFAULT 'MEMBERS',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Skill" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Skill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sector" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Sector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" "AppointmentRole" NOT NULL,
    "title" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Declaration" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "type" "InterestType" NOT NULL,
    "organisationId" TEXT,
    "partyName" TEXT,
    "description" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "requiredByPolicy" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Declaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Network" (
    "id" TEXT NOT NULL,
    "footprintId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "function" TEXT NOT NULL DEFAULT '',
    "model" TEXT NOT NULL DEFAULT '',
    "howToJoin" TEXT NOT NULL DEFAULT '',
    "status" "NetworkStatus" NOT NULL DEFAULT 'PROPOSED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkOrganisation" (
    "networkId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "NetworkOrganisation_pkey" PRIMARY KEY ("networkId","organisationId")
);

-- CreateTable
CREATE TABLE "NetworkMembership" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'MEMBER',
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMP(3),

    CONSTRAINT "NetworkMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkJoinRequest" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "status" "JoinRequestStatus" NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,

    CONSTRAINT "NetworkJoinRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Workstream" (
    "id" TEXT NOT NULL,
    "footprintId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "WorkstreamStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Workstream_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardSeat" (
    "id" TEXT NOT NULL,
    "footprintId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "SeatStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "BoardSeat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "workstreamId" TEXT,
    "boardSeatId" TEXT,
    "role" "AssignmentRole" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "overrideReason" TEXT,
    "endReason" TEXT,
    "assignedById" TEXT,
    "endedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingRound" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "eligibility" TEXT NOT NULL DEFAULT '',
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "budgetPence" INTEGER NOT NULL,
    "pilotPlaces" INTEGER NOT NULL DEFAULT 7,
    "assessorsPerBid" INTEGER NOT NULL DEFAULT 3,
    "disagreementThreshold" DECIMAL(4,2) NOT NULL DEFAULT 1.5,
    "state" "RoundState" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "FundingRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "guidance" TEXT NOT NULL DEFAULT '',
    "weight" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScalePoint" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "descriptor" TEXT NOT NULL,

    CONSTRAINT "ScalePoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bid" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "footprintId" TEXT NOT NULL,
    "leadUserId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "state" "BidState" NOT NULL DEFAULT 'DRAFT',
    "amountRequestedPence" INTEGER NOT NULL DEFAULT 0,
    "declarationAccepted" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Bid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BidSection" (
    "id" TEXT NOT NULL,
    "bidId" TEXT NOT NULL,
    "key" "BidSectionKey" NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "BidSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BidCoAuthor" (
    "bidId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "addedById" TEXT,

    CONSTRAINT "BidCoAuthor_pkey" PRIMARY KEY ("bidId","userId")
);

-- CreateTable
CREATE TABLE "BidPartner" (
    "bidId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "BidPartner_pkey" PRIMARY KEY ("bidId","organisationId")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" TEXT NOT NULL,
    "bidId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewAssignment" (
    "id" TEXT NOT NULL,
    "bidId" TEXT NOT NULL,
    "assessorId" TEXT NOT NULL,
    "assignedById" TEXT,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,

    CONSTRAINT "ReviewAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "bidId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "assessorId" TEXT NOT NULL,
    "state" "ReviewState" NOT NULL DEFAULT 'DRAFT',
    "comment" TEXT NOT NULL DEFAULT '',
    "submittedAt" TIMESTAMP(3),
    "reopenedAt" TIMESTAMP(3),
    "reopenReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionScore" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "rationale" TEXT NOT NULL,

    CONSTRAINT "CriterionScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conflict" (
    "id" TEXT NOT NULL,
    "bidId" TEXT NOT NULL,
    "assessorId" TEXT NOT NULL,
    "type" "ConflictType" NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "Conflict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "bidId" TEXT NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "amountAwardedPence" INTEGER NOT NULL DEFAULT 0,
    "rationale" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningReport" (
    "id" TEXT NOT NULL,
    "roundId" TEXT,
    "bidId" TEXT,
    "networkId" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "setup" TEXT NOT NULL DEFAULT '',
    "challenges" TEXT NOT NULL DEFAULT '',
    "achievements" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "LearningReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "onlineUrl" TEXT,
    "capacity" INTEGER,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventRegistration" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'REGISTERED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EventRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GovernanceAssessment" (
    "id" TEXT NOT NULL,
    "footprintId" TEXT NOT NULL,
    "networkId" TEXT,
    "assessedOn" DATE NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "GovernanceAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GovernanceRating" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "topic" "GovernanceTopic" NOT NULL,
    "rating" INTEGER NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "actions" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "GovernanceRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "disabledAt" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "personId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleGrant" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "footprintId" TEXT,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "grantedById" TEXT,

    CONSTRAINT "RoleGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStartsAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "_PersonToSkill" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PersonToSkill_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_PersonToSector" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PersonToSector_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_SkillToWorkstream" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_SkillToWorkstream_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_odsCode_key" ON "Region"("odsCode");

-- CreateIndex
CREATE UNIQUE INDEX "Region_onsCode_key" ON "Region"("onsCode");

-- CreateIndex
CREATE UNIQUE INDEX "Region_name_key" ON "Region"("name");

-- CreateIndex
CREATE INDEX "Footprint_regionId_idx" ON "Footprint"("regionId");

-- CreateIndex
CREATE INDEX "Footprint_parentId_idx" ON "Footprint"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Footprint_kind_odsCode_key" ON "Footprint"("kind", "odsCode");

-- CreateIndex
CREATE UNIQUE INDEX "Footprint_kind_onsCode_key" ON "Footprint"("kind", "onsCode");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_odsCode_key" ON "Organisation"("odsCode");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE INDEX "Organisation_regionId_idx" ON "Organisation"("regionId");

-- CreateIndex
CREATE INDEX "OrganisationFootprint_footprintId_idx" ON "OrganisationFootprint"("footprintId");

-- CreateIndex
CREATE INDEX "Person_familyName_givenName_idx" ON "Person"("familyName", "givenName");

-- CreateIndex
CREATE UNIQUE INDEX "Skill_name_key" ON "Skill"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Sector_name_key" ON "Sector"("name");

-- CreateIndex
CREATE INDEX "Appointment_personId_idx" ON "Appointment"("personId");

-- CreateIndex
CREATE INDEX "Appointment_organisationId_idx" ON "Appointment"("organisationId");

-- CreateIndex
CREATE INDEX "Declaration_personId_idx" ON "Declaration"("personId");

-- CreateIndex
CREATE INDEX "Declaration_organisationId_idx" ON "Declaration"("organisationId");

-- CreateIndex
CREATE INDEX "Network_footprintId_idx" ON "Network"("footprintId");

-- CreateIndex
CREATE INDEX "Network_status_idx" ON "Network"("status");

-- CreateIndex
CREATE INDEX "NetworkOrganisation_organisationId_idx" ON "NetworkOrganisation"("organisationId");

-- CreateIndex
CREATE INDEX "NetworkMembership_networkId_idx" ON "NetworkMembership"("networkId");

-- CreateIndex
CREATE INDEX "NetworkMembership_personId_idx" ON "NetworkMembership"("personId");

-- CreateIndex
CREATE INDEX "NetworkJoinRequest_networkId_status_idx" ON "NetworkJoinRequest"("networkId", "status");

-- CreateIndex
CREATE INDEX "NetworkJoinRequest_personId_idx" ON "NetworkJoinRequest"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Workstream_footprintId_name_key" ON "Workstream"("footprintId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "BoardSeat_footprintId_name_key" ON "BoardSeat"("footprintId", "name");

-- CreateIndex
CREATE INDEX "Assignment_personId_idx" ON "Assignment"("personId");

-- CreateIndex
CREATE INDEX "Assignment_workstreamId_idx" ON "Assignment"("workstreamId");

-- CreateIndex
CREATE INDEX "Assignment_boardSeatId_idx" ON "Assignment"("boardSeatId");

-- CreateIndex
CREATE UNIQUE INDEX "FundingRound_slug_key" ON "FundingRound"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_roundId_name_key" ON "Criterion"("roundId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_id_roundId_key" ON "Criterion"("id", "roundId");

-- CreateIndex
CREATE UNIQUE INDEX "ScalePoint_roundId_value_key" ON "ScalePoint"("roundId", "value");

-- CreateIndex
CREATE INDEX "Bid_roundId_state_idx" ON "Bid"("roundId", "state");

-- CreateIndex
CREATE INDEX "Bid_footprintId_idx" ON "Bid"("footprintId");

-- CreateIndex
CREATE INDEX "Bid_leadUserId_idx" ON "Bid"("leadUserId");

-- CreateIndex
CREATE UNIQUE INDEX "BidSection_bidId_key_key" ON "BidSection"("bidId", "key");

-- CreateIndex
CREATE INDEX "BidCoAuthor_userId_idx" ON "BidCoAuthor"("userId");

-- CreateIndex
CREATE INDEX "BidPartner_organisationId_idx" ON "BidPartner"("organisationId");

-- CreateIndex
CREATE INDEX "BudgetLine_bidId_idx" ON "BudgetLine"("bidId");

-- CreateIndex
CREATE INDEX "ReviewAssignment_bidId_idx" ON "ReviewAssignment"("bidId");

-- CreateIndex
CREATE INDEX "ReviewAssignment_assessorId_idx" ON "ReviewAssignment"("assessorId");

-- CreateIndex
CREATE UNIQUE INDEX "Review_assignmentId_key" ON "Review"("assignmentId");

-- CreateIndex
CREATE INDEX "Review_assessorId_idx" ON "Review"("assessorId");

-- CreateIndex
CREATE INDEX "Review_roundId_idx" ON "Review"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "Review_bidId_assessorId_key" ON "Review"("bidId", "assessorId");

-- CreateIndex
CREATE INDEX "CriterionScore_criterionId_idx" ON "CriterionScore"("criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionScore_reviewId_criterionId_key" ON "CriterionScore"("reviewId", "criterionId");

-- CreateIndex
CREATE INDEX "Conflict_assessorId_idx" ON "Conflict"("assessorId");

-- CreateIndex
CREATE UNIQUE INDEX "Conflict_bidId_assessorId_type_key" ON "Conflict"("bidId", "assessorId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_bidId_key" ON "Decision"("bidId");

-- CreateIndex
CREATE UNIQUE INDEX "EventRegistration_eventId_userId_key" ON "EventRegistration"("eventId", "userId");

-- CreateIndex
CREATE INDEX "GovernanceAssessment_footprintId_idx" ON "GovernanceAssessment"("footprintId");

-- CreateIndex
CREATE UNIQUE INDEX "GovernanceRating_assessmentId_topic_key" ON "GovernanceRating"("assessmentId", "topic");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_personId_key" ON "User"("personId");

-- CreateIndex
CREATE INDEX "RoleGrant_footprintId_idx" ON "RoleGrant"("footprintId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleGrant_userId_role_footprintId_key" ON "RoleGrant"("userId", "role", "footprintId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "_PersonToSkill_B_index" ON "_PersonToSkill"("B");

-- CreateIndex
CREATE INDEX "_PersonToSector_B_index" ON "_PersonToSector"("B");

-- CreateIndex
CREATE INDEX "_SkillToWorkstream_B_index" ON "_SkillToWorkstream"("B");

-- AddForeignKey
ALTER TABLE "Footprint" ADD CONSTRAINT "Footprint_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Footprint" ADD CONSTRAINT "Footprint_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Footprint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationFootprint" ADD CONSTRAINT "OrganisationFootprint_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationFootprint" ADD CONSTRAINT "OrganisationFootprint_footprintId_fkey" FOREIGN KEY ("footprintId") REFERENCES "Footprint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Network" ADD CONSTRAINT "Network_footprintId_fkey" FOREIGN KEY ("footprintId") REFERENCES "Footprint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkOrganisation" ADD CONSTRAINT "NetworkOrganisation_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkOrganisation" ADD CONSTRAINT "NetworkOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMembership" ADD CONSTRAINT "NetworkMembership_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMembership" ADD CONSTRAINT "NetworkMembership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkJoinRequest" ADD CONSTRAINT "NetworkJoinRequest_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkJoinRequest" ADD CONSTRAINT "NetworkJoinRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkJoinRequest" ADD CONSTRAINT "NetworkJoinRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workstream" ADD CONSTRAINT "Workstream_footprintId_fkey" FOREIGN KEY ("footprintId") REFERENCES "Footprint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardSeat" ADD CONSTRAINT "BoardSeat_footprintId_fkey" FOREIGN KEY ("footprintId") REFERENCES "Footprint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_workstreamId_fkey" FOREIGN KEY ("workstreamId") REFERENCES "Workstream"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_boardSeatId_fkey" FOREIGN KEY ("boardSeatId") REFERENCES "BoardSeat"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "FundingRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScalePoint" ADD CONSTRAINT "ScalePoint_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "FundingRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bid" ADD CONSTRAINT "Bid_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "FundingRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bid" ADD CONSTRAINT "Bid_footprintId_fkey" FOREIGN KEY ("footprintId") REFERENCES "Footprint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bid" ADD CONSTRAINT "Bid_leadUserId_fkey" FOREIGN KEY ("leadUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidSection" ADD CONSTRAINT "BidSection_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidSection" ADD CONSTRAINT "BidSection_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidCoAuthor" ADD CONSTRAINT "BidCoAuthor_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidCoAuthor" ADD CONSTRAINT "BidCoAuthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidPartner" ADD CONSTRAINT "BidPartner_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidPartner" ADD CONSTRAINT "BidPartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "ReviewAssignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "FundingRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionScore" ADD CONSTRAINT "CriterionScore_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionScore" ADD CONSTRAINT "CriterionScore_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "FundingRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionScore" ADD CONSTRAINT "CriterionScore_criterionId_roundId_fkey" FOREIGN KEY ("criterionId", "roundId") REFERENCES "Criterion"("id", "roundId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionScore" ADD CONSTRAINT "CriterionScore_roundId_score_fkey" FOREIGN KEY ("roundId", "score") REFERENCES "ScalePoint"("roundId", "value") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningReport" ADD CONSTRAINT "LearningReport_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "FundingRound"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningReport" ADD CONSTRAINT "LearningReport_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningReport" ADD CONSTRAINT "LearningReport_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningReport" ADD CONSTRAINT "LearningReport_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceAssessment" ADD CONSTRAINT "GovernanceAssessment_footprintId_fkey" FOREIGN KEY ("footprintId") REFERENCES "Footprint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceAssessment" ADD CONSTRAINT "GovernanceAssessment_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceAssessment" ADD CONSTRAINT "GovernanceAssessment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceRating" ADD CONSTRAINT "GovernanceRating_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "GovernanceAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_footprintId_fkey" FOREIGN KEY ("footprintId") REFERENCES "Footprint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PersonToSkill" ADD CONSTRAINT "_PersonToSkill_A_fkey" FOREIGN KEY ("A") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PersonToSkill" ADD CONSTRAINT "_PersonToSkill_B_fkey" FOREIGN KEY ("B") REFERENCES "Skill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PersonToSector" ADD CONSTRAINT "_PersonToSector_A_fkey" FOREIGN KEY ("A") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PersonToSector" ADD CONSTRAINT "_PersonToSector_B_fkey" FOREIGN KEY ("B") REFERENCES "Sector"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SkillToWorkstream" ADD CONSTRAINT "_SkillToWorkstream_A_fkey" FOREIGN KEY ("A") REFERENCES "Skill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SkillToWorkstream" ADD CONSTRAINT "_SkillToWorkstream_B_fkey" FOREIGN KEY ("B") REFERENCES "Workstream"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written rules: prisma/constraints.sql
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

-- Governance ratings run from 1 (not in place) to 4 (embedded).
ALTER TABLE "GovernanceRating" ADD CONSTRAINT "GovernanceRating_range" CHECK ("rating" BETWEEN 1 AND 4);

-- Users and roles: e-mail addresses are stored lower-case, board admin is always scoped to a
-- footprint and no other role is, and a footprint-less role is held once.
ALTER TABLE "User" ADD CONSTRAINT "User_email_lower" CHECK ("email" = lower("email"));
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_scope" CHECK (("role" = 'BOARD_ADMIN') = ("footprintId" IS NOT NULL));
CREATE UNIQUE INDEX "RoleGrant_one_unscoped" ON "RoleGrant" ("userId", "role") WHERE "footprintId" IS NULL;

-- Event capacity, when set, is positive.
ALTER TABLE "Event" ADD CONSTRAINT "Event_capacity" CHECK ("capacity" IS NULL OR "capacity" > 0);
