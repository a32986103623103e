-- CreateIndex
CREATE INDEX "Comment_flaggedHarms_idx" ON "Comment" USING GIN ("flaggedHarms");
