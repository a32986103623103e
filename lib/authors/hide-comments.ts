// "Hide all comments by this author": the bulk hide of lib/moderation (one guarded UPDATE, one
// batch id in the audit log, undo by batch) over every comment of the author not hidden yet.
import { getDb } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/session-types";
import { DomainError, NotFoundError } from "@/lib/errors";
import { bulkModerate } from "@/lib/moderation/bulk";
import { BULK_CAP } from "@/lib/moderation/schemas";
import type { TBulkOutcome, TCommentStatus } from "@/lib/moderation/types";

export async function hideAuthorComments(
  user: TSessionUser,
  input: { authorId: number; reason: string },
): Promise<TBulkOutcome> {
  const { sql } = await getDb();
  const { rows: author } = await sql.query<{ id: number }>(
    `SELECT "id" FROM "Author" WHERE "id" = $1`,
    [input.authorId],
  );
  if (author.length === 0) throw new NotFoundError("Author");
  const { rows } = await sql.query<{ id: number; status: TCommentStatus }>(
    `SELECT "id", "status"::text AS "status" FROM "Comment" WHERE "authorId" = $1 AND "status" <> 'HIDDEN' ORDER BY "id" LIMIT $2`,
    [input.authorId, BULK_CAP + 1],
  );
  if (rows.length === 0) throw new DomainError("This author has no comments left to hide.");
  if (rows.length > BULK_CAP)
    throw new DomainError(
      `This author has more than ${BULK_CAP} visible comments; hide them from the queue filtered by author, ${BULK_CAP} at a time.`,
    );
  return bulkModerate(user, {
    action: "hide",
    reason: input.reason,
    target: { kind: "ids", items: rows.map((r) => ({ id: Number(r.id), status: r.status })) },
  });
}
