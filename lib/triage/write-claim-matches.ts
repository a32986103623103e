// Stores each comment's ranked fact-check candidates (up to five, best first, suggested or not) as
// ClaimMatch rows, so the database holds the same list `vigil score` prints. A moderator's decision
// (confirmed / rejected) is never overwritten or dropped; undecided rows no longer in the list go.
import type { TSql } from "@/lib/db/connect";
import type { TClaimMatch } from "./types";

export type TClaimMatchRows = Array<{ id: number; claims: readonly TClaimMatch[] }>;

export async function writeClaimMatches(
  tx: TSql,
  results: TClaimMatchRows,
  claimIdToFactCheck: (id: string) => number | null,
): Promise<void> {
  if (results.length === 0) return;
  const rows = results.flatMap(({ id, claims }) =>
    claims.flatMap((c, i) => {
      const factCheckId = claimIdToFactCheck(c.id);
      return factCheckId
        ? [{ id, factCheckId, score: c.score, rank: i + 1, suggested: c.suggested }]
        : [];
    }),
  );
  await tx.query(
    `DELETE FROM "ClaimMatch" m
     WHERE m."commentId" = ANY($1::int[]) AND m."status" = 'SUGGESTED'
       AND NOT EXISTS (SELECT 1 FROM unnest($2::int[], $3::int[]) AS k(c, f) WHERE k.c = m."commentId" AND k.f = m."factCheckId")`,
    [results.map((r) => r.id), rows.map((r) => r.id), rows.map((r) => r.factCheckId)],
  );
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO "ClaimMatch" ("commentId","factCheckId","score","rank","suggested")
     SELECT * FROM unnest($1::int[], $2::int[], $3::float8[], $4::int[], $5::bool[])
     ON CONFLICT ("commentId","factCheckId") DO UPDATE SET "score" = EXCLUDED."score", "rank" = EXCLUDED."rank", "suggested" = EXCLUDED."suggested"`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.factCheckId),
      rows.map((r) => r.score),
      rows.map((r) => r.rank),
      rows.map((r) => r.suggested),
    ],
  );
}

/** Whether a comment shows in the queue's "claim match" filter: a suggestion, not a lower candidate. */
export function hasSuggestedClaim(claims: readonly TClaimMatch[]): boolean {
  return claims.some((c) => c.suggested);
}
