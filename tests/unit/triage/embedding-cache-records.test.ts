import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ENCODER_DIM, ENCODER_NAME } from "@/lib/triage/encoder/sentence-encoder";
import {
  decodeRecords,
  EmbeddingCache,
  encodeRecords,
} from "@/lib/triage/training/embedding-cache";

function vector(seed: number): Float32Array {
  return Float32Array.from({ length: ENCODER_DIM }, (_, i) => Math.sin(seed * 7 + i));
}

describe("embedding cache records", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("round-trips keys and vectors and drops a torn last record", () => {
    const buf = encodeRecords(["a.1.3", "bé.2.9"], [vector(1), vector(2)]);
    const torn = Buffer.concat([buf, buf.subarray(0, 40)]);
    const { keys, vectors } = decodeRecords(torn);
    expect(keys).toEqual(["a.1.3", "bé.2.9"]);
    expect(Array.from(vectors.subarray(ENCODER_DIM, 2 * ENCODER_DIM))).toEqual(
      Array.from(vector(2)),
    );
  });

  it("keeps the records two writers appended to one folder, each key with its own vector", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "vigil-embed-"));
    dirs.push(dir);
    // Two caches opened on the same folder (two processes) each append a chunk.
    const first = new EmbeddingCache(dir);
    const second = new EmbeddingCache(dir);
    const file = path.join(dir, ENCODER_NAME, "records.bin");
    appendFileSync(file, encodeRecords(["k.one.1"], [vector(11)]));
    appendFileSync(file, encodeRecords(["k.two.1"], [vector(22)]));
    expect(first.size).toBe(0);
    expect(second.size).toBe(0);
    const reopened = decodeRecords(readFileSync(file));
    expect(reopened.keys).toEqual(["k.one.1", "k.two.1"]);
    expect(reopened.vectors[ENCODER_DIM + 5]).toBeCloseTo(vector(22)[5], 6);
    expect(new EmbeddingCache(dir).size).toBe(2);
  });
});
