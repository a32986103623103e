// Stage-2 throughput and memory for `npm run bench:score`: comments per second (wall and per
// CPU-second) scoring in batches through the sentence encoder, heads and stacker; how much the
// process's memory grows once the encoder is loaded (target ≤ 400 MB); the encoder against the
// package's own embed() on tfjs's bundled kernels in the same run; and occlusion evidence's cost.

import os from "node:os";
import type { TTriageEngine } from "@/lib/triage/engine";
import type { TTfjs } from "@/lib/triage/encoder/wasm-kernels";

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

export async function measureStage2(
  engine: TTriageEngine,
  comments: string[],
  batch = 64,
): Promise<void> {
  const { loadStage2Scorer, loadStage2Model } = await import("@/lib/triage/stage2");
  if (!loadStage2Model()) {
    console.log("stage 2: skipped (no lib/triage/stage2/stage2-model.json)");
    return;
  }
  console.log(`stage 2: load average at start ${load()} (${os.cpus().length} cores)`);
  global.gc?.();
  const before = process.memoryUsage().rss;
  // Scores alone (the batch rate the target is about); occlusion evidence is measured apart below,
  // since its cost depends on how many comments are flagged (synthetic ones often are).
  const scorer = await loadStage2Scorer({ engine, occlusion: false });
  const items = (texts: string[]) =>
    texts.map((text) => ({ input: { text }, stage1: engine.score({ text }) }));
  await scorer.scoreBatch(items(comments.slice(0, batch)));
  const loaded = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const started = performance.now();
  let flagged = 0;
  for (let i = 0; i < comments.length; i += batch) {
    const out = await scorer.scoreBatch(items(comments.slice(i, i + batch)));
    flagged += out.filter((r) => r.flagged.length > 0).length;
  }
  const seconds = (performance.now() - started) / 1000;
  const perCpu = comments.length / cpuSeconds(cpu);
  const after = process.memoryUsage().rss;
  const wall = comments.length / seconds;
  console.log(
    `${`stage 2 (${scorer.version}, batches of ${batch})`.padEnd(44)} ${wall.toFixed(1).padStart(8)} comments/s wall  (${perCpu.toFixed(1)}/s per CPU-second, ${comments.length} comments, ${flagged} flagged)`,
  );
  console.log(
    `target ≥ 30/s per core: ${perCpu >= 30 ? "met" : "NOT met"}; RSS growth ≤ 400 MB: ${after - before <= 400 * 1024 * 1024 ? "met" : "NOT met"}`,
  );
  await compareEncoderPaths(comments.slice(0, 128), batch);
  await measureOcclusion(engine, items(comments.slice(0, 32)));
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    `stage 2 memory: RSS ${mb(before)} MB before the encoder, ${mb(loaded)} MB loaded (+${mb(loaded - before)} MB), ${mb(after)} MB after the run (+${mb(after - before)} MB); peak RSS ${mb(peak)} MB`,
  );
}

/**
 * The encoder as stage 2 runs it against the package's embed() as stage 2 ran it before (batches
 * of 32 by character length, tfjs's bundled kernels), rounds interleaved so that both see the
 * same machine load; the ratio is the figure to compare across runs.
 */
async function compareEncoderPaths(comments: string[], batch: number): Promise<void> {
  const { embedTexts, loadEncoder } = await import("@/lib/triage/encoder/sentence-encoder");
  const { setFasterWasmKernels } = await import("@/lib/triage/encoder/wasm-kernels");
  const tf = (await import("@energetic-ai/core")) as unknown as TTfjs;
  const model = await loadEncoder();
  const packageEmbed = async (texts: string[]) => {
    const sorted = texts
      .map((t) => t.replace(/\s+/g, " ").trim())
      .sort((a, b) => a.length - b.length);
    for (let i = 0; i < sorted.length; i += 32) {
      const vectors = await model.embed(sorted.slice(i, i + 32));
      vectors.forEach((v) => Float32Array.from(v));
    }
  };
  const paths: Array<[string, (texts: string[]) => Promise<unknown>]> = [
    ["package embed(), bundled kernels", packageEmbed],
    ["embedTexts (stage 2)", (texts) => embedTexts(texts, 32)],
  ];
  const cpu = [0, 0];
  for (let round = 0; round < 2; round++) {
    for (let p = 0; p < paths.length; p++) {
      const fast = setFasterWasmKernels(tf, p === 1);
      if (p === 1 && !fast) console.log("encoder: the faster kernels are off (self-check failed)");
      const since = process.cpuUsage();
      for (let i = 0; i < comments.length; i += batch)
        await paths[p][1](comments.slice(i, i + batch));
      cpu[p] += cpuSeconds(since);
    }
  }
  setFasterWasmKernels(tf, true);
  const rate = (p: number) => (2 * comments.length) / cpu[p];
  console.log(
    `encoder alone, ${comments.length} comments × 2 rounds: ${paths.map(([name], p) => `${name} ${rate(p).toFixed(1)}/s`).join(", ")} per CPU-second → ${(rate(1) / rate(0)).toFixed(2)}× (load ${load()})`,
  );
}

/** Scores with occlusion evidence: how many extra texts the encoder embeds per flagged comment. */
async function measureOcclusion(
  engine: TTriageEngine,
  items: Array<{ input: { text: string }; stage1: ReturnType<TTriageEngine["score"]> }>,
): Promise<void> {
  const { loadStage2Scorer } = await import("@/lib/triage/stage2");
  const { embedTexts } = await import("@/lib/triage/encoder/sentence-encoder");
  let probes = 0;
  let chars = 0;
  const embed = (texts: string[]) => {
    probes += texts.length;
    chars += texts.reduce((n, t) => n + t.length, 0);
    return embedTexts(texts, 64);
  };
  const scorer = await loadStage2Scorer({ engine, embed });
  const since = process.cpuUsage();
  const scored = await scorer.scoreBatch(items);
  const seconds = cpuSeconds(since);
  const flagged = scored.filter((r) => r.flagged.length).length;
  const spans = scored.reduce(
    (n, r) => n + (r.analyzers.find((a) => a.name === "stage2")?.spans.length ?? 0),
    0,
  );
  probes -= items.length;
  console.log(
    `stage 2 with occlusion evidence: ${(items.length / seconds).toFixed(1)}/s per CPU-second on ${items.length} comments (${flagged} flagged; ${probes} extra texts embedded, ${(probes / Math.max(1, flagged)).toFixed(1)} per flagged comment, ${chars} characters in all; ${spans} evidence spans)`,
  );
}
