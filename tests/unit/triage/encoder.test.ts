import { describe, expect, it } from "vitest";
import { embedTexts, loadEncoder, planBatches } from "@/lib/triage/encoder/sentence-encoder";
import { createTokenizer, type TVocabulary } from "@/lib/triage/encoder/tokenizer";
import { setFasterWasmKernels, type TTfjs } from "@/lib/triage/encoder/wasm-kernels";

describe("encoder batches", () => {
  it("groups texts of similar token counts, capped, each index once", () => {
    const lengths = [60, 12, 61, 13, 59, 200, 14, 62];
    const batches = planBatches(lengths, 3);
    expect(batches.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(batches.every((b) => b.length <= 3)).toBe(true);
    // 12–14 together, 59–62 apart from them and from 200 (padding over 10 %).
    expect(batches.map((b) => b.map((i) => lengths[i]))).toEqual([
      [12, 13, 14],
      [59, 60, 61],
      [62],
      [200],
    ]);
  });
});

const SAMPLE = [
  "those people ruin every neighbourhood they move into",
  "ok 👍",
  "Ça va? Très bien, merci! ＦＵＬＬＷＩＤＴＨ and ﬁ ligatures",
  "I can't believe the council approved this again… a disgrace!!! ".repeat(4),
  "the army moved north along the river and the village was quiet today. ".repeat(5).trim(),
  "Слава Україні 😀😀",
  "word ".repeat(79).trim(),
  "  ",
  // Over the graph's 128 tokens: it reads the first 128 either way.
  "the army moved north along the river, said the report today; ".repeat(30),
];

describe("encoder tokenizer", () => {
  it("gives the package tokenizer's ids, unknown characters and all", async () => {
    const model = await loadEncoder();
    const vocabulary = (model.tokenizer as unknown as { vocabulary: TVocabulary }).vocabulary;
    const ours = createTokenizer(vocabulary);
    // Mixed scripts, emoji (astral), marks, symbols: deterministic soup plus the sample.
    const alphabet = [
      ..."abcdefghij klmnop qrstuvwxyz ,.!?'’-",
      "😀",
      "🔥",
      "é",
      "\u0301",
      "Ж",
      "日",
      "ﬁ",
      "Ａ",
      "\t",
    ];
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const soup = Array.from({ length: 300 }, () =>
      Array.from(
        { length: 1 + Math.floor(next() * 60) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join(""),
    );
    for (const text of [...SAMPLE, ...soup, ""])
      expect(ours(text), text).toEqual(model.tokenizer.encode(text));
  }, 60_000);
});

describe("encoder vectors", () => {
  it("match the package's own embed() on tfjs's bundled kernels (≤ 1e-4), whatever the batch", async () => {
    const tf = (await import("@energetic-ai/core")) as unknown as TTfjs;
    const model = await loadEncoder();
    expect(setFasterWasmKernels(tf, false)).toBe(false);
    const reference = await Promise.all(
      SAMPLE.map(async (t) => {
        const text = t.replace(/\s+/g, " ").trim();
        return text ? Float32Array.from(await model.embed(text)) : new Float32Array(512);
      }),
    );
    expect(setFasterWasmKernels(tf, true)).toBe(true);
    for (const batch of [32, 3]) {
      const vectors = await embedTexts(SAMPLE, batch);
      vectors.forEach((v, i) => {
        const diff = v.reduce((m, x, k) => Math.max(m, Math.abs(x - reference[i][k])), 0);
        expect(diff, `text ${i}, batch ${batch}`).toBeLessThanOrEqual(1e-4);
      });
    }
  }, 60_000);

  it("faster kernels give the bundled ones' matmuls, slices and splits", async () => {
    const tf = (await import("@energetic-ai/core")) as unknown as TTfjs & {
      tensor4d(v: Float32Array, s: number[]): { dataSync(): Float32Array; dispose(): void };
    };
    await loadEncoder();
    const values = (n: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 1.7));
    const a = tf.tensor4d(values(2 * 3 * 5 * 7), [2, 3, 5, 7]);
    const b = tf.tensor4d(values(2 * 3 * 4 * 7).reverse(), [2, 3, 4, 7]);
    const c = tf.tensor4d(values(2 * 3 * 7 * 4), [2, 3, 7, 4]);
    // Attention's two shapes: q·kᵀ (b transposed) and weights·v.
    const run = () => [
      Array.from(tf.matMul(a, b, false, true).dataSync()),
      Array.from(tf.matMul(a, c).dataSync()),
      Array.from(tf.slice(a, [1, 0, 2, 3], [1, 3, 2, 4]).dataSync()),
      Array.from(tf.slice(a, [0, 1, 0, 0], [2, 1, 5, 7]).dataSync()),
      ...tf.split(a, [3, 4], 3).map((t) => Array.from(t.dataSync())),
    ];
    setFasterWasmKernels(tf, false);
    const bundled = run();
    expect(setFasterWasmKernels(tf, true)).toBe(true);
    const faster = run();
    faster.forEach((got, i) => {
      expect(got).toHaveLength(bundled[i].length);
      got.forEach((x, k) => expect(Math.abs(x - bundled[i][k])).toBeLessThan(1e-5));
    });
  }, 60_000);
});
