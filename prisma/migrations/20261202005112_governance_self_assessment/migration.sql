-- CreateEnum
CREATE TYPE "GovernancePeriodState" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "GovernanceActionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE');

-- AlterTable
ALTER TABLE "GovernanceAssessment" DROP COLUMN "assessedOn",
ADD COLUMN     "periodId" TEXT NOT NULL,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedById" TEXT,
ADD COLUMN     "reopenReason" TEXT,
ADD COLUMN     "reopenedAt" TIMESTAMP(3),
ADD COLUMN     "submittedAt" TIMESTAMP(3),
ADD COLUMN     "submittedById" TEXT;

-- AlterTable
ALTER TABLE "GovernanceRating" DROP COLUMN "actions",
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "updatedById" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "rating" DROP NOT NULL;

-- CreateTable
CREATE TABLE "GovernancePeriod" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "state" "GovernancePeriodState" NOT NULL DEFAULT 'OPEN',
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "GovernancePeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GovernanceAction" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "topic" "GovernanceTopic" NOT NULL,
    "description" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "GovernanceActionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "overdueNotifiedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "GovernanceAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GovernancePeriod_name_key" ON "GovernancePeriod"("name");

-- CreateIndex
CREATE INDEX "GovernancePeriod_closesAt_idx" ON "GovernancePeriod"("closesAt");

-- CreateIndex
CREATE INDEX "GovernanceAction_assessmentId_topic_idx" ON "GovernanceAction"("assessmentId", "topic");

-- CreateIndex
CREATE INDEX "GovernanceAction_ownerId_idx" ON "GovernanceAction"("ownerId");

-- CreateIndex
CREATE INDEX "GovernanceAction_status_dueOn_idx" ON "GovernanceAction"("status", "dueOn");

-- CreateIndex
CREATE INDEX "GovernanceAssessment_periodId_status_idx" ON "GovernanceAssessment"("periodId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "GovernanceAssessment_periodId_footprintId_key" ON "GovernanceAssessment"("periodId", "footprintId");

-- AddForeignKey
ALTER TABLE "GovernancePeriod" ADD CONSTRAINT "GovernancePeriod_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceAssessment" ADD CONSTRAINT "GovernanceAssessment_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "GovernancePeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceAssessment" ADD CONSTRAINT "GovernanceAssessment_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceAssessment" ADD CONSTRAINT "GovernanceAssessment_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceRating" ADD CONSTRAINT "GovernanceRating_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceAction" ADD CONSTRAINT "GovernanceAction_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "GovernanceAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceAction" ADD CONSTRAINT "GovernanceAction_assessmentId_topic_fkey" FOREIGN KEY ("assessmentId", "topic") REFERENCES "GovernanceRating"("assessmentId", "topic") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceAction" ADD CONSTRAINT "GovernanceAction_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceAction" ADD CONSTRAINT "GovernanceAction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Governance self-assessment: at most one period open at a time, a submitted assessment says when,
-- only a submitted one is published, a reopening carries its reason, an action says what it is.
CREATE UNIQUE INDEX "GovernancePeriod_one_open" ON "GovernancePeriod" ("state") WHERE "state" = 'OPEN';
ALTER TABLE "GovernancePeriod" ADD CONSTRAINT "GovernancePeriod_name" CHECK (length(btrim("name")) > 0);
ALTER TABLE "GovernanceAssessment" ADD CONSTRAINT "GovernanceAssessment_submitted_when" CHECK ("status" <> 'SUBMITTED' OR "submittedAt" IS NOT NULL);
ALTER TABLE "GovernanceAssessment" ADD CONSTRAINT "GovernanceAssessment_published_submitted" CHECK ("publishedAt" IS NULL OR "status" = 'SUBMITTED');
ALTER TABLE "GovernanceAssessment" ADD CONSTRAINT "GovernanceAssessment_reopen_reason" CHECK ("reopenedAt" IS NULL OR length(btrim(coalesce("reopenReason", ''))) > 0);
ALTER TABLE "GovernanceAction" ADD CONSTRAINT "GovernanceAction_description" CHECK (length(btrim("description")) > 0);
