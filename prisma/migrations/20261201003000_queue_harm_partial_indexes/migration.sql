-- Tab counts under a harm filter: per harm, an index of the statuses of the comments flagged with it,
-- so a capped count per view reads at most the cap of index entries (index-only) instead of walking
-- every comment of a status. Partial: only flagged comments are in it, so an import pays for few
-- entries. The queue writes the harm as a literal (lib/moderation/queue-sql.ts), which the planner
-- needs to match the index predicate. Replaces the (status, flaggedHarms) index of the previous migration.
DROP INDEX IF EXISTS "Comment_status_flaggedHarms_idx";
CREATE INDEX "Comment_harm_hate_idx" ON "Comment"("status") WHERE "flaggedHarms" @> ARRAY['hate']::text[];
CREATE INDEX "Comment_harm_harassment_idx" ON "Comment"("status") WHERE "flaggedHarms" @> ARRAY['harassment']::text[];
CREATE INDEX "Comment_harm_threat_idx" ON "Comment"("status") WHERE "flaggedHarms" @> ARRAY['threat']::text[];
CREATE INDEX "Comment_harm_profanity_idx" ON "Comment"("status") WHERE "flaggedHarms" @> ARRAY['profanity']::text[];
CREATE INDEX "Comment_harm_extremism_idx" ON "Comment"("status") WHERE "flaggedHarms" @> ARRAY['extremism']::text[];
CREATE INDEX "Comment_harm_misinformation_idx" ON "Comment"("status") WHERE "flaggedHarms" @> ARRAY['misinformation']::text[];
