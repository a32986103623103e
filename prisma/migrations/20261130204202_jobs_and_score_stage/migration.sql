-- Background jobs: the import job table becomes the record of every kind of job (imports,
-- stage-2 scoring, rescoring, external scorers, exports); pg-boss dispatches them.
ALTER TYPE "ImportStatus" RENAME TO "JobStatus";
ALTER TYPE "JobStatus" ADD VALUE 'CANCELLED';
ALTER TABLE "ImportJob" RENAME TO "Job";
ALTER TABLE "Job" RENAME CONSTRAINT "ImportJob_pkey" TO "Job_pkey";
ALTER INDEX "ImportJob_createdAt_idx" RENAME TO "Job_createdAt_idx";
ALTER TABLE "Job" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'import',
  ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "error" TEXT,
  ADD COLUMN "payload" TEXT,
  ADD COLUMN "checkpoint" JSONB,
  ADD COLUMN "workerId" TEXT,
  ADD COLUMN "heartbeatAt" TIMESTAMP(3),
  ADD COLUMN "startedAt" TIMESTAMP(3);
CREATE INDEX "Job_kind_status_idx" ON "Job"("kind", "status");

-- Which scoring stage a comment's scores come from: 0 unscored, 1 stage-1, 2 stage-2.
ALTER TABLE "Comment" ADD COLUMN "scoreStage" INTEGER NOT NULL DEFAULT 0;
UPDATE "Comment" SET "scoreStage" = 1 WHERE "scoredAt" IS NOT NULL;
CREATE INDEX "Comment_scoreStage_id_idx" ON "Comment"("scoreStage", "id");
