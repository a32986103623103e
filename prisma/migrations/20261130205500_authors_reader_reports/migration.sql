-- Authors: moderation state and per-site identity; reader reports; held comments.
-- Hand-written (lib/authors, lib/reader-reports). PostgreSQL 15 and PGlite.

-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('HATE', 'HARASSMENT', 'THREAT', 'SPAM', 'MISINFORMATION', 'OTHER');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'UPHELD', 'DISMISSED');

-- AlterTable
ALTER TABLE "Author" ADD COLUMN "site" TEXT NOT NULL DEFAULT '',
ADD COLUMN "externalId" TEXT,
ADD COLUMN "premoderated" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "suspendedUntil" TIMESTAMP(3),
ADD COLUMN "banned" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "trusted" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "heldReason" TEXT,
ADD COLUMN "openReports" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "AuthorNote" (
    "id" SERIAL NOT NULL,
    "authorId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "userName" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthorNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReaderReport" (
    "id" SERIAL NOT NULL,
    "commentId" INTEGER NOT NULL,
    "reason" "ReportReason" NOT NULL,
    "note" TEXT,
    "clientHash" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "resolvedActionId" INTEGER,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReaderReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuthorNote_authorId_createdAt_idx" ON "AuthorNote"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "ReaderReport_commentId_status_idx" ON "ReaderReport"("commentId", "status");

-- CreateIndex
CREATE INDEX "ReaderReport_clientHash_createdAt_idx" ON "ReaderReport"("clientHash", "createdAt");

-- CreateIndex
CREATE INDEX "ReaderReport_createdAt_idx" ON "ReaderReport"("createdAt");

-- AddForeignKey
ALTER TABLE "AuthorNote" ADD CONSTRAINT "AuthorNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Author"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReaderReport" ADD CONSTRAINT "ReaderReport_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The Reported view: open reports by priority, an index scan however large the table.
CREATE INDEX "Comment_reported_idx" ON "Comment"("priority" DESC, "id") WHERE "openReports" > 0;

-- Authors were matched by name alone, across sites. The key is now per site (the host of the
-- article's URL, "www." dropped, as lib/authors/identity.ts computes it): an author seen on
-- several sites keeps its row for the first site and gets a new row for each other site.
CREATE TEMP TABLE "vigil_author_sites" AS
  SELECT DISTINCT c."authorId" AS "authorId",
         regexp_replace(lower(COALESCE(substring(a."url" from '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?([^/:?#]+)'), '')), '^www\.', '') AS "site"
  FROM "Comment" c JOIN "Article" a ON a."id" = c."articleId"
  WHERE c."authorId" IS NOT NULL;

UPDATE "Author" au SET "site" = COALESCE(s."site", ''), "key" = COALESCE(s."site", '') || '|n:' || au."key"
FROM (SELECT au2."id", (SELECT min(x."site") FROM "vigil_author_sites" x WHERE x."authorId" = au2."id") AS "site" FROM "Author" au2) s
WHERE s."id" = au."id";

INSERT INTO "Author" ("key", "name", "site", "createdAt")
SELECT x."site" || '|n:' || substring(au."key" from position('|n:' in au."key") + 3), au."name", x."site", au."createdAt"
FROM "vigil_author_sites" x JOIN "Author" au ON au."id" = x."authorId"
WHERE x."site" <> au."site"
ON CONFLICT ("key") DO NOTHING;

UPDATE "Comment" c SET "authorId" = moved."id"
FROM "Article" a, "Author" old, "Author" moved
WHERE a."id" = c."articleId" AND old."id" = c."authorId"
  AND regexp_replace(lower(COALESCE(substring(a."url" from '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?([^/:?#]+)'), '')), '^www\.', '') <> old."site"
  AND moved."key" = regexp_replace(lower(COALESCE(substring(a."url" from '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?([^/:?#]+)'), '')), '^www\.', '')
                    || '|n:' || substring(old."key" from position('|n:' in old."key") + 3);

DROP TABLE "vigil_author_sites";

-- A decision on a comment (an audit row with an "after" status) resolves its open reader reports:
-- approve dismisses them, flag or hide upholds them, and the report points at that audit row.
-- Undoing the decision reopens what it resolved. Runs in the decision's own transaction.
CREATE OR REPLACE FUNCTION vigil_resolve_reader_reports() RETURNS trigger AS $$
DECLARE
  cid integer;
  st text;
  n integer := 0;
BEGIN
  IF NEW."targetType" <> 'COMMENT' OR NEW."targetId" !~ '^[0-9]{1,9}$'
     OR NEW."after" IS NULL OR jsonb_typeof(NEW."after") <> 'object' OR NOT (NEW."after" ? 'status') THEN
    RETURN NULL;
  END IF;
  cid := NEW."targetId"::integer;
  st := NEW."after"->>'status';
  IF NEW."undoOf" IS NOT NULL THEN
    UPDATE "ReaderReport" SET "status" = 'OPEN', "resolvedActionId" = NULL, "resolvedById" = NULL, "resolvedAt" = NULL
    WHERE "resolvedActionId" = NEW."undoOf" AND "commentId" = cid;
    GET DIAGNOSTICS n = ROW_COUNT;
  ELSIF st IN ('APPROVED', 'FLAGGED', 'HIDDEN') THEN
    UPDATE "ReaderReport"
    SET "status" = (CASE WHEN st = 'APPROVED' THEN 'DISMISSED' ELSE 'UPHELD' END)::"ReportStatus",
        "resolvedActionId" = NEW."id", "resolvedById" = NEW."actorId", "resolvedAt" = NEW."createdAt"
    WHERE "commentId" = cid AND "status" = 'OPEN';
    GET DIAGNOSTICS n = ROW_COUNT;
  END IF;
  IF n > 0 THEN
    UPDATE "Comment" SET "openReports" = (SELECT count(*)::int FROM "ReaderReport" r WHERE r."commentId" = cid AND r."status" = 'OPEN')
    WHERE "id" = cid;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER vigil_resolve_reader_reports AFTER INSERT ON "ModerationAction"
  FOR EACH ROW EXECUTE FUNCTION vigil_resolve_reader_reports();
