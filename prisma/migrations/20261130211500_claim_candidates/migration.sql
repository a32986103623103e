-- Fact-check matching v2: a comment keeps its five best candidates in rank order, marked
-- suggested or not; fact-checks keep their title and their sentence-encoder vector.
ALTER TABLE "FactCheck" ADD COLUMN "title" TEXT,
  ADD COLUMN "embedding" BYTEA,
  ADD COLUMN "embeddingModel" TEXT;

ALTER TABLE "ClaimMatch" ADD COLUMN "rank" INTEGER NOT NULL DEFAULT 1,
  ADD COLUMN "suggested" BOOLEAN NOT NULL DEFAULT true;
