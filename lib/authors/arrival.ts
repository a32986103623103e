// The author's moderation state, applied to each comment as it arrives (file import and the
// ingestion API), in the import's own transaction: a banned or suspended author's new comment is
// stored HIDDEN (audited as a hide, so it can be undone like any other), a pre-moderated author's
// waits for a person (held: not public until approved, whatever the rules say).
import type { TSql } from "@/lib/db/connect";
import { COMMENT_ACTIONS } from "@/lib/moderation/audit-actions";
import { NOW } from "@/lib/moderation/bulk-sql";

export const AUTHOR_BANNED_REASON = "author banned";
export const AUTHOR_PREMODERATED_REASON = "author pre-moderated";
export const suspendedReason = (until: Date) =>
  `author suspended until ${until.toISOString().slice(0, 16).replace("T", " ")} UTC`;
/** Audit actor of the rows written here (no person did it). */
export const AUTHOR_STATE_ACTOR = "author-state";

type THidden = {
  id: number;
  version: number;
  banned: boolean;
  suspendedUntil: Date | string | null;
};

export async function applyAuthorStateOnArrival(
  tx: TSql,
  commentIds: number[],
): Promise<{ hidden: number; held: number }> {
  if (commentIds.length === 0) return { hidden: 0, held: 0 };
  const { rows: hidden } = await tx.query<THidden>(
    `UPDATE "Comment" c SET "status" = 'HIDDEN', "version" = c."version" + 1, "updatedAt" = ${NOW}
     FROM "Author" au
     WHERE c."id" = ANY($1::int[]) AND au."id" = c."authorId" AND c."status" = 'PENDING'
       AND (au."banned" OR au."suspendedUntil" > ${NOW})
     RETURNING c."id", c."version", au."banned", au."suspendedUntil" AT TIME ZONE 'UTC' AS "suspendedUntil"`,
    [commentIds],
  );
  if (hidden.length) {
    const reasons = hidden.map((r) =>
      r.banned ? AUTHOR_BANNED_REASON : suspendedReason(new Date(r.suspendedUntil ?? NaN)),
    );
    await tx.query(
      `INSERT INTO "ModerationAction" ("actorId","actorEmail","targetType","targetId","action","before","after","reason")
       SELECT NULL, $1, 'COMMENT', t.id::text, $2, t.b::jsonb, t.a::jsonb, t.r FROM unnest($3::int[], $4::text[], $5::text[], $6::text[]) AS t(id, b, a, r)`,
      [
        AUTHOR_STATE_ACTOR,
        COMMENT_ACTIONS.hide,
        hidden.map((r) => r.id),
        hidden.map((r) =>
          JSON.stringify({ status: "PENDING", flagCategory: null, version: Number(r.version) - 1 }),
        ),
        hidden.map((r) =>
          JSON.stringify({ status: "HIDDEN", flagCategory: null, version: Number(r.version) }),
        ),
        reasons,
      ],
    );
  }
  const { rows: held } = await tx.query<{ id: number }>(
    `UPDATE "Comment" c SET "heldReason" = $2
     FROM "Author" au
     WHERE c."id" = ANY($1::int[]) AND au."id" = c."authorId" AND c."status" = 'PENDING' AND au."premoderated" AND c."heldReason" IS NULL
     RETURNING c."id"`,
    [commentIds, AUTHOR_PREMODERATED_REASON],
  );
  return { hidden: hidden.length, held: held.length };
}

/** Comments (of these) whose author is trusted: auto-hold rules pass them by. */
export async function trustedAuthorComments(tx: TSql, commentIds: number[]): Promise<Set<number>> {
  if (commentIds.length === 0) return new Set();
  const { rows } = await tx.query<{ id: number }>(
    `SELECT c."id" FROM "Comment" c JOIN "Author" au ON au."id" = c."authorId" WHERE c."id" = ANY($1::int[]) AND au."trusted"`,
    [commentIds],
  );
  return new Set(rows.map((r) => Number(r.id)));
}
