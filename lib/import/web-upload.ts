// Keeps a web upload's parse on the server between the preview and "Import": stored by id in the
// database (so any app instance can pick it up), for its uploader only, for an hour.
import "server-only";
import { randomUUID } from "node:crypto";
import type { TDb, TSql } from "@/lib/db/connect";
import { DomainError } from "@/lib/errors";
import type { TUploadedFile } from "./web-preview";

export const UPLOAD_TTL_SECONDS = 60 * 60;
const NOW = `timezone('UTC', now())`;

/** Stores the parse and drops every expired upload on the way. */
export async function saveUpload(
  db: TDb,
  userId: string,
  files: TUploadedFile[],
): Promise<{ id: string; expiresAt: string }> {
  const id = randomUUID();
  const rows = await db.sql.transaction(async (tx) => {
    await tx.query(`DELETE FROM "ImportUpload" WHERE "expiresAt" < ${NOW}`);
    const { rows } = await tx.query<{ expiresAt: string }>(
      `INSERT INTO "ImportUpload" ("id", "createdById", "files", "expiresAt", "createdAt")
       VALUES ($1, $2, $3, ${NOW} + make_interval(secs => $4), ${NOW})
       RETURNING to_char("expiresAt", 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "expiresAt"`,
      [id, userId, JSON.stringify(files), UPLOAD_TTL_SECONDS],
    );
    return rows;
  });
  return { id, expiresAt: rows[0].expiresAt };
}

/**
 * Uses the uploader's own unexpired upload once: `use` runs with its parse, and the row is deleted
 * in the same transaction unless `use` throws. Anyone else's, an expired or a used upload is refused alike.
 */
export async function takeUpload<T>(
  db: TDb,
  userId: string,
  id: string,
  use: (files: TUploadedFile[]) => T,
): Promise<T> {
  return db.sql.transaction(async (tx: TSql) => {
    const { rows } = await tx.query<{ files: string }>(
      `SELECT "files" FROM "ImportUpload" WHERE "id" = $1 AND "createdById" = $2 AND "expiresAt" >= ${NOW} FOR UPDATE`,
      [id, userId],
    );
    if (!rows[0])
      throw new DomainError(
        "That upload has expired or was already imported. Choose the files again.",
        "not_found",
      );
    const result = use(JSON.parse(rows[0].files) as TUploadedFile[]);
    await tx.query(`DELETE FROM "ImportUpload" WHERE "id" = $1`, [id]);
    return result;
  });
}
