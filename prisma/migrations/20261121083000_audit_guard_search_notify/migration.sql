-- Hand-written: what Prisma's schema language cannot say.

-- The audit log is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE OR REPLACE FUNCTION vigil_audit_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'ModerationAction is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER vigil_audit_no_update BEFORE UPDATE OR DELETE ON "ModerationAction"
  FOR EACH ROW EXECUTE FUNCTION vigil_audit_append_only();
CREATE TRIGGER vigil_audit_no_truncate BEFORE TRUNCATE ON "ModerationAction"
  FOR EACH STATEMENT EXECUTE FUNCTION vigil_audit_append_only();

-- Full-text search over comment text.
CREATE INDEX "vigil_comment_fts" ON "Comment" USING GIN (to_tsvector('english', "body"));

-- Live queue: one notification per statement (bulk imports insert thousands of rows at once).
CREATE OR REPLACE FUNCTION vigil_comment_inserted() RETURNS trigger AS $$
DECLARE n integer;
BEGIN
  SELECT count(*) INTO n FROM new_rows;
  IF n > 0 THEN
    PERFORM pg_notify('vigil_comments', json_build_object('op', 'insert', 'count', n)::text);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION vigil_comment_updated() RETURNS trigger AS $$
DECLARE ids integer[];
BEGIN
  SELECT array_agg(n."id") INTO ids FROM (
    SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    WHERE n."status" IS DISTINCT FROM o."status" OR n."claimedById" IS DISTINCT FROM o."claimedById"
    LIMIT 500) n;
  IF ids IS NOT NULL THEN
    PERFORM pg_notify('vigil_comments', json_build_object('op', 'update', 'ids', ids)::text);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER vigil_comment_inserted AFTER INSERT ON "Comment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION vigil_comment_inserted();
CREATE TRIGGER vigil_comment_updated AFTER UPDATE ON "Comment"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION vigil_comment_updated();
