// Claim embeddings kept on disk, keyed by a hash of the encoder and the text: a library is embedded
// once, and a changed library only embeds its new claims. Used by the CLI and the evaluation;
// the database keeps its own copy on the FactCheck rows.

import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ENCODER_DIM, ENCODER_NAME, embedTexts } from "../encoder/sentence-encoder";

const KEY_BYTES = 16;
const RECORD_BYTES = KEY_BYTES + ENCODER_DIM * 4;
/** Embedded texts are appended in slices of this size, so an interrupted run keeps its work. */
const APPEND_EVERY = 256;

export const DEFAULT_EMBEDDING_CACHE_DIR = path.join(process.cwd(), ".cache", "claim-embeddings");

export function embeddingKey(text: string): string {
  // The encoder reads whitespace-collapsed text (sentence-encoder.ts), so the key does too.
  const read = text.replace(/\s+/g, " ").trim();
  return createHash("sha256")
    .update(ENCODER_NAME)
    .update("\0")
    .update(read)
    .digest("hex")
    .slice(0, KEY_BYTES * 2);
}

export type TEmbeddingCache = {
  /** Vectors for the texts, in order: read from the cache or embedded (and then cached). */
  embed(
    texts: readonly string[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<Float32Array[]>;
  readonly file: string;
};

/** The file of the cache in a folder (one per encoder). */
export function embeddingCacheFile(dir = DEFAULT_EMBEDDING_CACHE_DIR): string {
  return path.join(dir, `${ENCODER_NAME.replace(/[^a-z0-9.@-]/gi, "_")}.bin`);
}

/** Everything cached so far, by embeddingKey (experiments that must not embed). */
export function readCache(file = embeddingCacheFile()): Map<string, Float32Array> {
  const map = new Map<string, Float32Array>();
  if (!existsSync(file)) return map;
  const bytes = readFileSync(file);
  // A torn last record (killed mid-write) is ignored.
  for (let at = 0; at + RECORD_BYTES <= bytes.length; at += RECORD_BYTES) {
    const key = bytes.subarray(at, at + KEY_BYTES).toString("hex");
    const copy = new Uint8Array(bytes.subarray(at + KEY_BYTES, at + RECORD_BYTES));
    map.set(key, new Float32Array(copy.buffer));
  }
  return map;
}

export function openEmbeddingCache(dir = DEFAULT_EMBEDDING_CACHE_DIR): TEmbeddingCache {
  const file = embeddingCacheFile(dir);
  let cache: Map<string, Float32Array> | undefined;
  return {
    file,
    async embed(texts, onProgress) {
      cache ??= readCache(file);
      const keys = texts.map(embeddingKey);
      const missing = [
        ...new Set(
          keys
            .map((k, i) => (cache!.has(k) ? -1 : i))
            .filter((i) => i >= 0)
            .map((i) => keys[i]),
        ),
      ];
      const textOf = new Map(keys.map((k, i) => [k, texts[i]]));
      if (missing.length > 0) mkdirSync(dir, { recursive: true });
      for (let i = 0; i < missing.length; i += APPEND_EVERY) {
        const slice = missing.slice(i, i + APPEND_EVERY);
        const vectors = await embedTexts(slice.map((k) => textOf.get(k)!));
        const out = Buffer.alloc(slice.length * RECORD_BYTES);
        slice.forEach((key, j) => {
          Buffer.from(key, "hex").copy(out, j * RECORD_BYTES);
          Buffer.from(vectors[j].buffer, vectors[j].byteOffset, vectors[j].byteLength).copy(
            out,
            j * RECORD_BYTES + KEY_BYTES,
          );
          cache!.set(key, vectors[j]);
        });
        appendFileSync(file, out);
        onProgress?.(Math.min(i + APPEND_EVERY, missing.length), missing.length);
      }
      return keys.map((k) => cache!.get(k)!);
    },
  };
}
