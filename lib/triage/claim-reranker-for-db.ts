// The stage-2 claim re-ranker over the database's fact-check library. Claim (and title) vectors are
// stored on the FactCheck rows: embedded once, when a comment first brings a claim up, and reused by every
// worker after that. Rebuilt only when the library changes (same fingerprint as engineForDb).
import type { TDb } from "@/lib/db/connect";
import { logger } from "@/lib/log";
import { ENCODER_DIM, ENCODER_NAME } from "./encoder/sentence-encoder";
import { createClaimReranker, type TClaimRerankerFull } from "./factcheck/rerank";

const cache = globalThis as unknown as {
  vigilClaimReranker?: { print: string; reranker: TClaimRerankerFull | null };
};

/** A stored vector: the claim's, or the claim's and its title's (rerank.ts joinClaimVectors). */
function decodeVector(bytes: Uint8Array | null): Float32Array | null {
  if (!bytes || (bytes.byteLength !== ENCODER_DIM * 4 && bytes.byteLength !== ENCODER_DIM * 8))
    return null;
  return new Float32Array(new Uint8Array(bytes).buffer);
}

function encodeVector(vector: Float32Array): Buffer {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
}

async function libraryPrint(db: TDb): Promise<string> {
  const { rows } = await db.sql.query<{ f: string }>(
    `SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') AS f FROM "FactCheck" WHERE "active"`,
  );
  return rows[0]?.f ?? "";
}

async function build(db: TDb): Promise<TClaimRerankerFull | null> {
  const rows = await db.prisma.factCheck.findMany({
    where: { active: true },
    select: {
      id: true,
      claim: true,
      title: true,
      publishedAt: true,
      embedding: true,
      embeddingModel: true,
    },
    orderBy: { id: "asc" },
  });
  if (rows.length === 0) return null;
  return createClaimReranker({
    claims: rows.map((r) => ({
      id: String(r.id),
      claim: r.claim,
      title: r.title,
      date: r.publishedAt,
    })),
    embeddings: rows.map((r) =>
      r.embeddingModel === ENCODER_NAME ? decodeVector(r.embedding) : null,
    ),
    async onEmbedded(docs, vectors) {
      try {
        await db.sql.query(
          `UPDATE "FactCheck" f SET "embedding" = t.v, "embeddingModel" = $3
           FROM unnest($1::int[], $2::bytea[]) AS t(id, v) WHERE f."id" = t.id`,
          [docs.map((d) => rows[d].id), vectors.map(encodeVector), ENCODER_NAME],
        );
      } catch (error) {
        // Storing is an optimisation: the vectors are still used for this run.
        logger.warn({ err: error, claims: docs.length }, "could not store fact-check embeddings");
      }
    },
  });
}

/** The re-ranker for the current library, or null when the library is empty. */
export async function claimRerankerForDb(db: TDb): Promise<TClaimRerankerFull | null> {
  const print = await libraryPrint(db);
  if (cache.vigilClaimReranker?.print !== print)
    cache.vigilClaimReranker = { print, reranker: await build(db) };
  return cache.vigilClaimReranker.reranker;
}
