-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "draft" JSONB;
