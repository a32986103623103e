-- CreateIndex
CREATE INDEX "Comment_status_hateScore_id_idx" ON "Comment"("status", "hateScore" DESC, "id");

-- CreateIndex
CREATE INDEX "Comment_status_harassmentScore_id_idx" ON "Comment"("status", "harassmentScore" DESC, "id");

-- CreateIndex
CREATE INDEX "Comment_status_threatScore_id_idx" ON "Comment"("status", "threatScore" DESC, "id");

-- CreateIndex
CREATE INDEX "Comment_status_profanityScore_id_idx" ON "Comment"("status", "profanityScore" DESC, "id");

-- CreateIndex
CREATE INDEX "Comment_status_extremismScore_id_idx" ON "Comment"("status", "extremismScore" DESC, "id");

-- CreateIndex
CREATE INDEX "Comment_status_misinfoScore_id_idx" ON "Comment"("status", "misinfoScore" DESC, "id");

-- CreateIndex
CREATE INDEX "Comment_postedAt_id_idx" ON "Comment"("postedAt", "id");

-- CreateIndex
CREATE INDEX "Comment_updatedAt_idx" ON "Comment"("updatedAt");
