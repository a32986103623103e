// Claim leases: opening a comment holds it for LEASE_MINUTES so others see who is on it and "j"
// skips it. Leases only inform; the version check is what prevents lost updates.
import { getDb } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/session-types";
import { NotFoundError } from "@/lib/errors";
import { NOW } from "./bulk-sql";
import type { TLease } from "./types";

export const LEASE_MINUTES = 5;

export type TLeaseResult = { held: boolean; lease: TLease };

/** Takes or renews the lease unless someone else holds a live one. */
export async function takeLease(user: TSessionUser, id: number): Promise<TLeaseResult> {
  const db = await getDb();
  const taken = await db.sql.query<{ expiresAt: Date }>(
    `UPDATE "Comment" SET "claimedById" = $2, "claimedByName" = $3, "claimExpiresAt" = ${NOW} + interval '${LEASE_MINUTES} minutes', "updatedAt" = ${NOW}
     WHERE "id" = $1 AND ("claimedById" IS NULL OR "claimedById" = $2 OR "claimExpiresAt" < ${NOW})
     RETURNING "claimExpiresAt" AT TIME ZONE 'UTC' AS "expiresAt"`,
    [id, user.id, user.name],
  );
  if (taken.rows[0])
    return {
      held: true,
      lease: {
        byId: user.id,
        byName: user.name,
        expiresAt: new Date(taken.rows[0].expiresAt).toISOString(),
      },
    };
  const other = await db.sql.query<{
    claimedById: string;
    claimedByName: string | null;
    expiresAt: Date;
  }>(
    `SELECT "claimedById", "claimedByName", "claimExpiresAt" AT TIME ZONE 'UTC' AS "expiresAt" FROM "Comment" WHERE "id" = $1`,
    [id],
  );
  const row = other.rows[0];
  if (!row) throw new NotFoundError("Comment");
  return {
    held: false,
    lease: {
      byId: row.claimedById,
      byName: row.claimedByName ?? "another moderator",
      expiresAt: new Date(row.expiresAt).toISOString(),
    },
  };
}

export async function releaseLease(user: TSessionUser, id: number): Promise<{ released: boolean }> {
  const db = await getDb();
  const { rows } = await db.sql.query(
    `UPDATE "Comment" SET "claimedById" = NULL, "claimedByName" = NULL, "claimExpiresAt" = NULL, "updatedAt" = ${NOW}
     WHERE "id" = $1 AND "claimedById" = $2 RETURNING "id"`,
    [id, user.id],
  );
  return { released: rows.length > 0 };
}
