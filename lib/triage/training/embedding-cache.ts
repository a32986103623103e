// Sentence-encoder vectors of training and evaluation texts, cached on disk (a gitignored folder)
// so retraining and re-evaluating do not pay ~40 ms per text again. Append-only: keys.txt holds
// one key per line, vectors.f32 the vectors in the same order; a torn tail is ignored on load.

import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
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

export class EmbeddingCache {
  private readonly index = new Map<string, number>();
  private vectors: Float32Array;
  private count = 0;
  private readonly keysFile: string;
  private readonly vectorsFile: string;

  constructor(dir: string = DEFAULT_CACHE_DIR) {
    const folder = path.join(dir, ENCODER_NAME);
    mkdirSync(folder, { recursive: true });
    this.keysFile = path.join(folder, "keys.txt");
    this.vectorsFile = path.join(folder, "vectors.f32");
    const keys = existsSync(this.keysFile)
      ? readFileSync(this.keysFile, "utf8").split("\n").filter(Boolean)
      : [];
    const bytes = existsSync(this.vectorsFile) ? statSync(this.vectorsFile).size : 0;
    const n = Math.min(keys.length, Math.floor(bytes / (4 * ENCODER_DIM)));
    this.vectors = new Float32Array(Math.max(1024, n * 2) * ENCODER_DIM);
    if (n > 0) {
      const buf = readFileSync(this.vectorsFile);
      new Uint8Array(this.vectors.buffer).set(buf.subarray(0, n * 4 * ENCODER_DIM));
      for (let i = 0; i < n; i++) this.index.set(keys[i], i);
      this.count = n;
    }
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
    const block = new Float32Array(keys.length * ENCODER_DIM);
    vecs.forEach((v, k) => block.set(v, k * ENCODER_DIM));
    appendFileSync(this.vectorsFile, Buffer.from(block.buffer));
    appendFileSync(this.keysFile, keys.join("\n") + "\n");
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
