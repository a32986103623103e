// Sentence-encoder vectors of training and evaluation texts, cached on disk (a gitignored folder)
// so retraining and re-evaluating do not pay ~40 ms per text again. Append-only: records.bin holds
// records of [u16 key length][key bytes][ENCODER_DIM float32], and each chunk of new vectors is
// appended with one write, so two processes filling the same cache (training beside an eval)
// never interleave a key with another's vector. A torn tail is ignored on load.

import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  embedTexts,
  ENCODER_DIM,
  ENCODER_MAX_CHARS,
  ENCODER_NAME,
} from "../encoder/sentence-encoder";
import { hashString } from "../text/hash";

export const DEFAULT_CACHE_DIR = path.join(".cache", "embeddings");

function keyOf(text: string): string {
  const t = text.replace(/\s+/g, " ").trim().slice(0, ENCODER_MAX_CHARS);
  return `${(hashString(t) >>> 0).toString(36)}.${(hashString(t, 0x1234567) >>> 0).toString(36)}.${t.length}`;
}

const VECTOR_BYTES = 4 * ENCODER_DIM;

/** The records of one chunk as one buffer, so a single append writes them whole. */
export function encodeRecords(keys: readonly string[], vecs: readonly Float32Array[]): Buffer {
  const parts: Buffer[] = [];
  keys.forEach((key, k) => {
    const keyBytes = Buffer.from(key, "utf8");
    const head = Buffer.alloc(2);
    head.writeUInt16LE(keyBytes.length, 0);
    const vec = vecs[k];
    parts.push(head, keyBytes, Buffer.from(vec.buffer, vec.byteOffset, VECTOR_BYTES));
  });
  return Buffer.concat(parts);
}

/** Every whole record in `buf`, in order; a torn last record is left out. */
export function decodeRecords(buf: Buffer): { keys: string[]; vectors: Float32Array } {
  const keys: string[] = [];
  const offsets: number[] = [];
  let at = 0;
  while (at + 2 <= buf.length) {
    const keyLen = buf.readUInt16LE(at);
    const end = at + 2 + keyLen + VECTOR_BYTES;
    if (end > buf.length) break;
    keys.push(buf.toString("utf8", at + 2, at + 2 + keyLen));
    offsets.push(at + 2 + keyLen);
    at = end;
  }
  const vectors = new Float32Array(keys.length * ENCODER_DIM);
  const bytes = new Uint8Array(vectors.buffer);
  offsets.forEach((off, i) => bytes.set(buf.subarray(off, off + VECTOR_BYTES), i * VECTOR_BYTES));
  return { keys, vectors };
}

export class EmbeddingCache {
  private readonly index = new Map<string, number>();
  private vectors: Float32Array;
  private count = 0;
  private readonly recordsFile: string;

  constructor(dir: string = DEFAULT_CACHE_DIR) {
    const folder = path.join(dir, ENCODER_NAME);
    mkdirSync(folder, { recursive: true });
    this.recordsFile = path.join(folder, "records.bin");
    const stored = existsSync(this.recordsFile)
      ? decodeRecords(readFileSync(this.recordsFile))
      : { keys: [], vectors: new Float32Array(0) };
    const n = stored.keys.length;
    this.vectors = new Float32Array(Math.max(1024, n * 2) * ENCODER_DIM);
    this.vectors.set(stored.vectors);
    stored.keys.forEach((key, i) => this.index.set(key, i));
    this.count = n;
  }

  get size(): number {
    return this.count;
  }

  get(text: string): Float32Array | null {
    const i = this.index.get(keyOf(text));
    return i === undefined ? null : this.vectors.subarray(i * ENCODER_DIM, (i + 1) * ENCODER_DIM);
  }

  private add(keys: string[], vecs: Float32Array[]): void {
    const need = (this.count + keys.length) * ENCODER_DIM;
    if (need > this.vectors.length) {
      const next = new Float32Array(Math.max(need, this.vectors.length * 2));
      next.set(this.vectors.subarray(0, this.count * ENCODER_DIM));
      this.vectors = next;
    }
    appendFileSync(this.recordsFile, encodeRecords(keys, vecs));
    keys.forEach((key, k) => {
      this.vectors.set(vecs[k], (this.count + k) * ENCODER_DIM);
      this.index.set(key, this.count + k);
    });
    this.count += keys.length;
  }

  /** Vectors for all texts: cached ones from disk, the rest embedded now but not stored (read-only use). */
  async lookup(texts: readonly string[]): Promise<Float32Array[]> {
    const missing = texts.filter((t) => !this.index.has(keyOf(t)));
    const fresh = missing.length ? await embedTexts(missing, 64) : [];
    const byText = new Map(missing.map((t, i) => [t, fresh[i]]));
    return texts.map((t) => this.get(t) ?? byText.get(t)!);
  }

  /** Vectors for all texts, embedding (and storing) the missing ones in chunks; `log` gets progress. */
  async embedAll(
    texts: readonly string[],
    log: (s: string) => void = () => {},
    chunk = 512,
  ): Promise<Float32Array[]> {
    const missing = [...new Set(texts.filter((t) => !this.index.has(keyOf(t))))];
    if (missing.length)
      log(`embedding ${missing.length} texts not in the cache (${this.count} cached)`);
    const started = Date.now();
    for (let i = 0; i < missing.length; i += chunk) {
      const part = missing.slice(i, i + chunk);
      const vecs = await embedTexts(part, 64);
      const keys = part.map(keyOf);
      const fresh: number[] = [];
      keys.forEach((k, j) => {
        if (!this.index.has(k) && !keys.slice(0, j).includes(k)) fresh.push(j);
      });
      this.add(
        fresh.map((j) => keys[j]),
        fresh.map((j) => vecs[j]),
      );
      const done = Math.min(missing.length, i + chunk);
      const rate = done / ((Date.now() - started) / 1000);
      log(`  ${done}/${missing.length} embedded (${rate.toFixed(1)}/s)`);
    }
    return texts.map((t) => this.get(t)!);
  }
}
