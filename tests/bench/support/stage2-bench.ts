// Stage-2 throughput and memory for `npm run bench:score`: comments per second (wall and per
// CPU-second) scoring in batches through the sentence encoder, heads, stacker and occlusion, and
// how much the process's memory grows once the encoder is loaded (target ≤ 400 MB).

import type { TTriageEngine } from "@/lib/triage/engine";

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

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
  global.gc?.();
  const before = process.memoryUsage().rss;
  // Scores alone (the batch rate the target is about); occlusion evidence is measured apart below,
  // since its cost depends on how many comments are flagged (synthetic ones often are).
  const scorer = await loadStage2Scorer({ engine, occlusion: false });
  const warm = comments
    .slice(0, batch)
    .map((text) => ({ input: { text }, stage1: engine.score({ text }) }));
  await scorer.scoreBatch(warm);
  const loaded = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const started = performance.now();
  let flagged = 0;
  for (let i = 0; i < comments.length; i += batch) {
    const items = comments
      .slice(i, i + batch)
      .map((text) => ({ input: { text }, stage1: engine.score({ text }) }));
    const out = await scorer.scoreBatch(items);
    flagged += out.filter((r) => r.flagged.length > 0).length;
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const after = process.memoryUsage().rss;
  const peak = process.resourceUsage().maxRSS * 1024;
  const wall = comments.length / seconds;
  const perCpu = comments.length / ((used.user + used.system) / 1e6);
  console.log(
    `${`stage 2 (${scorer.version}, batches of ${batch})`.padEnd(44)} ${wall.toFixed(1).padStart(8)} comments/s wall  (${perCpu.toFixed(1)}/s per CPU-second, ${comments.length} comments, ${flagged} flagged → occlusion)`,
  );
  console.log(
    `stage 2 memory: RSS ${mb(before)} MB before the encoder, ${mb(loaded)} MB loaded (+${mb(loaded - before)} MB), ${mb(after)} MB after the run; peak RSS ${mb(peak)} MB`,
  );
  console.log(
    `target ≥ 30/s per core: ${perCpu >= 30 ? "met" : "NOT met"}; RSS growth ≤ 400 MB: ${after - before <= 400 * 1024 * 1024 ? "met" : "NOT met"}`,
  );
  const withEvidence = await loadStage2Scorer({ engine });
  const few = comments
    .slice(0, 16)
    .map((text) => ({ input: { text }, stage1: engine.score({ text }) }));
  const t0 = performance.now();
  const scored = await withEvidence.scoreBatch(few);
  const evidenceSeconds = (performance.now() - t0) / 1000;
  console.log(
    `stage 2 with occlusion evidence: ${(few.length / evidenceSeconds).toFixed(1)} comments/s wall on ${few.length} comments (${scored.filter((r) => r.flagged.length).length} flagged, each costs up to 16 extra encoder calls)`,
  );
}
