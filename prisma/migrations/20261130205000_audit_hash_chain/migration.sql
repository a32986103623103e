-- Hand-written: a tamper-evident audit log. Every row carries the SHA-256 of its content together
-- with the previous row's hash, computed here in the database under a row lock on the chain head,
-- so concurrent writers chain in id order. `vigil audit verify` walks the chain.

ALTER TABLE "ModerationAction" ADD COLUMN "prevHash" TEXT, ADD COLUMN "hash" TEXT;

CREATE TABLE "AuditChainHead" (
    "id" INTEGER NOT NULL,
    "lastId" INTEGER NOT NULL,
    "lastHash" TEXT NOT NULL,
    CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "AuditVerification" (
    "id" SERIAL NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ok" BOOLEAN NOT NULL,
    "rows" INTEGER NOT NULL,
    "firstBadId" INTEGER,
    "message" TEXT NOT NULL,
    "headId" INTEGER,
    "headHash" TEXT,
    CONSTRAINT "AuditVerification_pkey" PRIMARY KEY ("id")
);

-- The content of a row as canonical text: a JSON array (NULLs stay distinct, jsonb prints in its
-- canonical form, the time in a fixed format whatever DateStyle says).
CREATE OR REPLACE FUNCTION vigil_audit_row_hash(prev text, r "ModerationAction") RETURNS text AS $$
  SELECT encode(sha256(convert_to(json_build_array(
    prev, r."id", r."actorId", r."actorEmail", r."targetType", r."targetId", r."action",
    r."before", r."after", r."reason", r."batchId", r."undoOf",
    to_char(r."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.US'))::text, 'UTF8')), 'hex')
$$ LANGUAGE sql IMMUTABLE;

-- Backfill the rows written before the chain existed, in id order.
ALTER TABLE "ModerationAction" DISABLE TRIGGER vigil_audit_no_update;
DO $$
DECLARE
  r "ModerationAction";
  prev text := repeat('0', 64);
  last_id integer := 0;
BEGIN
  FOR r IN SELECT * FROM "ModerationAction" ORDER BY "id" LOOP
    UPDATE "ModerationAction" SET "prevHash" = prev, "hash" = vigil_audit_row_hash(prev, r) WHERE "id" = r."id"
      RETURNING "hash" INTO prev;
    last_id := r."id";
  END LOOP;
  INSERT INTO "AuditChainHead" ("id", "lastId", "lastHash") VALUES (1, last_id, prev);
END $$;
ALTER TABLE "ModerationAction" ENABLE TRIGGER vigil_audit_no_update;

-- Every new row: wait for the head (row lock, held to commit), take the next id after it, link.
-- SECURITY DEFINER: the app's role needs no right on the head table, so it cannot move the head.
-- Named zz_… so it fires after any other BEFORE INSERT trigger and hashes the final values.
CREATE OR REPLACE FUNCTION vigil_audit_chain() RETURNS trigger AS $$
DECLARE prev text;
BEGIN
  SELECT "lastHash" INTO prev FROM "AuditChainHead" WHERE "id" = 1 FOR UPDATE;
  IF prev IS NULL THEN
    RAISE EXCEPTION 'the audit chain head is missing' USING ERRCODE = 'insufficient_privilege';
  END IF;
  NEW."id" := nextval(pg_get_serial_sequence('"ModerationAction"', 'id'));
  NEW."prevHash" := prev;
  NEW."hash" := vigil_audit_row_hash(prev, NEW);
  UPDATE "AuditChainHead" SET "lastId" = NEW."id", "lastHash" = NEW."hash" WHERE "id" = 1;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = public;

CREATE TRIGGER zz_vigil_audit_chain BEFORE INSERT ON "ModerationAction"
  FOR EACH ROW EXECUTE FUNCTION vigil_audit_chain();

-- The head and the verification record are as append-only as the log: the head moves only
-- through the trigger above.
CREATE OR REPLACE FUNCTION vigil_audit_head_guard() RETURNS trigger AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN RETURN NEW; END IF;
  RAISE EXCEPTION 'AuditChainHead moves only with the audit log (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER vigil_audit_head_guard BEFORE UPDATE OR DELETE ON "AuditChainHead"
  FOR EACH ROW EXECUTE FUNCTION vigil_audit_head_guard();
CREATE TRIGGER vigil_audit_verification_no_update BEFORE UPDATE OR DELETE ON "AuditVerification"
  FOR EACH ROW EXECUTE FUNCTION vigil_audit_append_only();
