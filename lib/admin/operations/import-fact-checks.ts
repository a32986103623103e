// Imports a fact-check library file: valid records are upserted by their id (a record identical to
// the stored one is left alone and counted unchanged), bad ones are listed with where they are in
// the file. One audit row records the import and its counts. When claims were added or changed,
// a rescore of every comment is queued so existing comments get the new fact-check candidates.
import { defineOperation } from "@/lib/auth/operation";
import { recordAudit } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { getDb } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/session-types";
import { queueRescore } from "@/lib/rescore/operations/start-rescore";
import { countRescoreTargets, waitingFullRescore } from "@/lib/rescore/queries";
import { inTransaction } from "../db";
import { UNRATED } from "@/lib/triage/factcheck/schemas";
import { summarizeLoadErrors } from "@/lib/triage/factcheck/load-library";
import { readFactCheckFile } from "../fact-check-files";
import { ZFactCheckImport } from "../schemas";

const CHUNK = 1_000;
const MAX_RECORDS = 50_000;
/** The texts a stored vector was embedded from are unchanged (rerank.ts joinClaimVectors). */
const SAME_TEXT = `("FactCheck"."claim", "FactCheck"."title") IS NOT DISTINCT FROM (EXCLUDED."claim", EXCLUDED."title")`;

/** The rescore that will bring the new library to stored comments: a waiting one, else a new one. */
async function rescoreForLibrary(
  user: TSessionUser,
): Promise<{ jobId: string; total: number } | null> {
  const db = await getDb();
  const waiting = await waitingFullRescore(db);
  if (waiting) return { jobId: waiting.id, total: waiting.total };
  if ((await countRescoreTargets(db)).all === 0) return null;
  return queueRescore(db, user, true, "factcheck.import");
}

export const importFactChecks = defineOperation({
  name: "factcheck.import",
  permission: "settings:manage",
  input: ZFactCheckImport,
  example: {
    filename: "claims.jsonl",
    format: "jsonl" as const,
    text: '{"id":"example-1","claim":"The moon landing was staged","verdict":"false","url":"https://example.org/fc/1"}\n',
  },
  revalidate: ["/admin/settings/fact-checks"],
  run: async ({ user }, input) => {
    const { format, result } = readFactCheckFile(input.filename, input.format, input.text);
    if (result.claims.length > MAX_RECORDS)
      throw new DomainError(
        `The file has ${result.claims.length} records; import at most ${MAX_RECORDS} at a time.`,
      );
    let created = 0;
    let updated = 0;
    let unchanged = 0;
    await inTransaction(async (tx) => {
      for (let i = 0; i < result.claims.length; i += CHUNK) {
        const chunk = result.claims.slice(i, i + CHUNK);
        const rows = await tx.$queryRawUnsafe<Array<{ inserted: boolean }>>(
          // A changed claim or title drops the stored vector (the claim's, then the title's):
          // stage 2 re-embeds it when next needed.
          `INSERT INTO "FactCheck" ("externalId", "claim", "verdict", "url", "publisher", "title", "publishedAt", "updatedAt")
           SELECT e, c, v, u, p, ti, d, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[]) AS t(e, c, v, u, p, ti, d)
           ON CONFLICT ("externalId") DO UPDATE SET "claim" = EXCLUDED."claim", "verdict" = EXCLUDED."verdict",
             "url" = EXCLUDED."url", "publisher" = EXCLUDED."publisher", "title" = EXCLUDED."title",
             "publishedAt" = EXCLUDED."publishedAt", "updatedAt" = now(),
             "embedding" = CASE WHEN ${SAME_TEXT} THEN "FactCheck"."embedding" END,
             "embeddingModel" = CASE WHEN ${SAME_TEXT} THEN "FactCheck"."embeddingModel" END
           WHERE ("FactCheck"."claim", "FactCheck"."verdict", "FactCheck"."url", "FactCheck"."publisher", "FactCheck"."title", "FactCheck"."publishedAt")
             IS DISTINCT FROM (EXCLUDED."claim", EXCLUDED."verdict", EXCLUDED."url", EXCLUDED."publisher", EXCLUDED."title", EXCLUDED."publishedAt")
           RETURNING (xmax = 0) AS "inserted"`,
          chunk.map((c) => c.id),
          chunk.map((c) => c.claim),
          chunk.map((c) => c.verdict),
          chunk.map((c) => c.url),
          chunk.map((c) => c.publisher),
          chunk.map((c) => c.title ?? null),
          chunk.map((c) => c.date ?? null),
        );
        for (const r of rows) r.inserted ? created++ : updated++;
        unchanged += chunk.length - rows.length; // identical records: the WHERE above skips them
      }
      await recordAudit(tx, {
        actor: user,
        targetType: "FACTCHECK",
        targetId: `import:${input.filename}`,
        action: "factcheck.import",
        after: {
          filename: input.filename,
          format,
          created,
          updated,
          unchanged,
          rejected: result.errors.length,
        },
      });
    });
    const rescore = created + updated > 0 ? await rescoreForLibrary(user) : null;
    const { listed, more } = summarizeLoadErrors(result.errors);
    const unrated = result.claims.filter((c) => c.verdict === UNRATED).length;
    return {
      format,
      created,
      updated,
      unchanged,
      unrated,
      /** Loaded without their date, which could not be read. */
      undated: result.undated?.length ?? 0,
      rejected: result.errors.length,
      errors: listed,
      moreErrors: more,
      rescore,
    };
  },
});
