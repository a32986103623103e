-- Per-user review preferences, kept on the server so they follow the moderator between browsers:
-- auto-advance after a decision (on by default) and the compact queue density.
ALTER TABLE "User" ADD COLUMN "autoAdvance" BOOLEAN NOT NULL DEFAULT true,
  ADD COLUMN "compactQueue" BOOLEAN NOT NULL DEFAULT false;
