-- CreateIndex
CREATE INDEX "Comment_status_flaggedHarms_idx" ON "Comment"("status", "flaggedHarms");
