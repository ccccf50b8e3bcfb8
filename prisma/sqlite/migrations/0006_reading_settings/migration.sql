-- AlterTable
ALTER TABLE "LearnerSettings" ADD COLUMN "readingSettings" TEXT;

