// Walks the audit log's hash chain (see the audit_hash_chain migration) and records the result, so
// that a row changed or removed behind the database's back is found and named.
import type { TSql } from "@/lib/db/connect";

export const GENESIS_HASH = "0".repeat(64);
const BATCH = 5000;

export type TAuditVerification = {
  ok: boolean;
  rows: number;
  firstBadId: number | null;
  message: string;
  headId: number | null;
  headHash: string | null;
  verifiedAt: Date;
};

type TChainRow = { id: number; prevHash: string | null; hash: string | null; computed: string };

const fail = (
  rows: number,
  firstBadId: number | null,
  message: string,
): Omit<TAuditVerification, "verifiedAt" | "headId" | "headHash"> => ({
  ok: false,
  rows,
  firstBadId,
  message,
});

/** Checks every row up to the chain head as it was when the walk began; writes nothing. */
export async function walkAuditChain(sql: TSql): Promise<Omit<TAuditVerification, "verifiedAt">> {
  const head = (
    await sql.query<{ lastId: number; lastHash: string }>(
      `SELECT "lastId", "lastHash" FROM "AuditChainHead" WHERE "id" = 1`,
    )
  ).rows[0];
  if (!head)
    return {
      ...fail(
        0,
        null,
        "the chain head is missing: the audit_hash_chain migration was not applied, or the head was deleted",
      ),
      headId: null,
      headHash: null,
    };
  const headInfo = { headId: head.lastId, headHash: head.lastHash };
  let expectedPrev = GENESIS_HASH;
  let lastId = 0;
  let rows = 0;
  for (;;) {
    const batch = await sql.query<TChainRow>(
      `SELECT "id", "prevHash", "hash", vigil_audit_row_hash("prevHash", m) AS computed
         FROM "ModerationAction" m WHERE "id" > $1 AND "id" <= $2 ORDER BY "id" LIMIT ${BATCH}`,
      [lastId, head.lastId],
    );
    for (const row of batch.rows) {
      if (row.prevHash !== expectedPrev) {
        return {
          ...fail(
            rows,
            row.id,
            `row ${row.id}: its link to the previous row is broken (a row before it was removed, inserted or changed)`,
          ),
          ...headInfo,
        };
      }
      if (row.hash !== row.computed) {
        return {
          ...fail(
            rows,
            row.id,
            `row ${row.id}: its content does not match its hash (changed after it was written)`,
          ),
          ...headInfo,
        };
      }
      expectedPrev = row.hash;
      lastId = row.id;
      rows++;
    }
    if (batch.rows.length < BATCH) break;
  }
  if (lastId !== head.lastId || expectedPrev !== head.lastHash) {
    return {
      ...fail(
        rows,
        lastId || null,
        `the log ends at row ${lastId} but the chain head names row ${head.lastId}: rows at the end were removed or changed`,
      ),
      ...headInfo,
    };
  }
  // A chain rewritten wholesale is consistent with itself; the last good verification is not.
  const previous = (
    await sql.query<{ headId: number; headHash: string }>(
      `SELECT "headId", "headHash" FROM "AuditVerification" WHERE "ok" AND "headId" IS NOT NULL AND "headId" <= $1 ORDER BY "id" DESC LIMIT 1`,
      [head.lastId],
    )
  ).rows[0];
  if (previous && previous.headId > 0) {
    const then = (
      await sql.query<{ hash: string | null }>(
        `SELECT "hash" FROM "ModerationAction" WHERE "id" = $1`,
        [previous.headId],
      )
    ).rows[0];
    if (then?.hash !== previous.headHash) {
      return {
        ...fail(
          rows,
          previous.headId,
          `row ${previous.headId}: the chain up to it was rewritten since the last verification`,
        ),
        ...headInfo,
      };
    }
  }
  return {
    ok: true,
    rows,
    firstBadId: null,
    message: `${rows} row(s) verified; head row ${head.lastId}, hash ${head.lastHash.slice(0, 16)}…`,
    ...headInfo,
  };
}

/** Verifies and stores the result (Reports shows the latest). */
export async function verifyAuditChain(sql: TSql): Promise<TAuditVerification> {
  const result = await walkAuditChain(sql);
  const saved = await sql.query<{ verifiedAt: Date }>(
    `INSERT INTO "AuditVerification" ("ok", "rows", "firstBadId", "message", "headId", "headHash") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "verifiedAt"`,
    [result.ok, result.rows, result.firstBadId, result.message, result.headId, result.headHash],
  );
  return { ...result, verifiedAt: saved.rows[0]!.verifiedAt };
}

export async function lastAuditVerification(sql: TSql): Promise<TAuditVerification | null> {
  const row = (
    await sql.query<TAuditVerification>(
      `SELECT "ok", "rows", "firstBadId", "message", "headId", "headHash", "verifiedAt" FROM "AuditVerification" ORDER BY "id" DESC LIMIT 1`,
    )
  ).rows[0];
  return row ?? null;
}
