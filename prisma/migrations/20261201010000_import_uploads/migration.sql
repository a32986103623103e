-- Web import: the server keeps each upload's parse (by id, for an hour) while the person checks the
-- preview, so the browser gets a preview and sends back only its edits, never the whole parse.
CREATE TABLE "ImportUpload" (
    "id" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "files" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportUpload_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ImportUpload_expiresAt_idx" ON "ImportUpload"("expiresAt");
