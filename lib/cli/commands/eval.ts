// `vigil eval`: measures the shipped engine on the development data (held-out splits only) and
// writes the figures to lib/triage/METRICS.md. `--json` prints them machine-readable.

import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { UsageError, type TCommand } from "../command";
import { loadDefaultEngine } from "@/lib/triage/default-engine";
import { evaluateHateXplain } from "@/lib/triage/eval/hatexplain-eval";
import { renderMetricsMarkdown, type TEvalReport } from "@/lib/triage/eval/metrics-md";
import { comparisonLines } from "@/lib/triage/eval/comparison-md";
import { summariseSeeds } from "@/lib/triage/eval/seeds-summary";
import { evaluateToxicSpans } from "@/lib/triage/eval/toxic-spans-eval";
import { dataPath, hasFile } from "@/lib/triage/model/training/datasets";
import { evaluateDevSets, type TDevSetsReport } from "@/lib/triage/eval/dev-sets-eval";
import { stage1EvalScorer, stage2EvalScorer } from "@/lib/triage/eval/eval-scorers";
import v1Baseline from "@/lib/triage/eval/v1-baseline.json";
import { loadStage2Model } from "@/lib/triage/stage2";
import { EmbeddingCache } from "@/lib/triage/training/embedding-cache";

const METRICS_FILE = "lib/triage/METRICS.md";

type TClefModule = {
  evaluateClef?: (dir: string) => Promise<{ map5: number; queries: number; claims: number }>;
};

async function clefMetrics(dataDir: string): Promise<TEvalReport["clef"]> {
  const dir = dataPath(dataDir, "clef");
  if (!existsSync(dir)) return { skipped: "not available (clef2020 folder missing)" };
  let mod: TClefModule;
  try {
    mod = (await import("@/lib/triage/factcheck/clef-eval")) as TClefModule;
  } catch {
    return { skipped: "not available (fact-check matching not installed)" };
  }
  if (typeof mod.evaluateClef !== "function") return { skipped: "not available" };
  try {
    const r = await mod.evaluateClef(dir);
    return { map5: r.map5, queries: r.queries, claims: r.claims };
  } catch (error) {
    return { skipped: `not available (${(error as Error).message})` };
  }
}

export const command: TCommand = {
  name: "eval",
  summary: "Evaluate the triage engine on labelled data",
  usage:
    "vigil eval [DATA_DIR] [--json] [--no-write] [--stage1-only]   (DATA_DIR defaults to ../shared/data)\n" +
    "  Stage 2 embeds every text it scores (cached under .cache/embeddings): a first run takes 20–40 min on one core.",
  async run(argv) {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        options: {
          json: { type: "boolean" },
          "no-write": { type: "boolean" },
          "stage1-only": { type: "boolean" },
        },
        allowPositionals: true,
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (parsed.positionals.length > 1) throw new UsageError("expected at most one DATA_DIR");
    const dataDir = path.resolve(parsed.positionals[0] ?? "../shared/data");
    if (!existsSync(dataDir)) {
      throw new UsageError(
        `data folder not found: ${dataDir}. Pass the folder holding toxic_spans/, hatexplain/ and clef2020/ (see ../shared/data/README.md).`,
      );
    }
    const say = (line: string) => {
      if (!parsed.values.json) process.stdout.write(line + "\n");
    };
    const engine = loadDefaultEngine();
    const report: TEvalReport = {
      generatedAt: new Date().toISOString(),
      engine: [...engine.analyzers],
      toxicSpans: { skipped: "not available (toxic_spans/tsd_trial.csv missing)" },
      hatexplain: { skipped: "not available (hatexplain/hatexplain_val.jsonl missing)" },
      clef: { skipped: "not available" },
      seeds: { skipped: "no seeds/ folder" },
    };
    if (hasFile(dataDir, "toxicSpansTrial")) {
      const r = evaluateToxicSpans(engine, dataPath(dataDir, "toxicSpansTrial"));
      report.toxicSpans = r;
      say(
        `toxic spans (trial, ${r.posts} posts): character F1 ${r.f1.toFixed(3)}  [${Object.entries(
          r.byAnalyzer,
        )
          .map(([k, v]) => `${k} alone ${v.toFixed(3)}`)
          .join(", ")}]`,
      );
    } else say("toxic spans: not available (toxic_spans/tsd_trial.csv missing)");
    if (hasFile(dataDir, "hatexplain")) {
      const r = evaluateHateXplain(engine, dataPath(dataDir, "hatexplain"));
      report.hatexplain = r;
      say(
        `HateXplain (validation eval half, ${r.posts} posts): default thresholds macro-F1 ${r.defaults.macroF1.toFixed(3)} accuracy ${r.defaults.accuracy.toFixed(3)}; 2-fold cross-fitted macro-F1 ${r.crossFitted.macroF1.toFixed(3)} accuracy ${r.crossFitted.accuracy.toFixed(3)}`,
      );
    } else say("HateXplain: not available (hatexplain/hatexplain_val.jsonl missing)");
    report.clef = await clefMetrics(dataDir);
    say(
      "skipped" in report.clef
        ? `CLEF 2020 dev MAP@5: ${report.clef.skipped}`
        : `CLEF 2020 dev MAP@5: ${report.clef.map5.toFixed(3)} (${report.clef.queries} tweets, ${report.clef.claims} claims)`,
    );
    // Fact-check matching v2: plain BM25, stage 1 and stage 2 on CLEF dev and CheckThat 2022 (embeds claims once, cached in .cache/).
    const [{ evalFactChecks }, { factCheckMarkdown }] = await Promise.all([
      import("@/lib/triage/factcheck/eval-factchecks"),
      import("@/lib/triage/factcheck/fact-check-metrics-md"),
    ]);
    const factRows = await evalFactChecks(dataDir, say);
    for (const row of factRows) say(`${row.measure} (${row.data}): ${row.value.toFixed(3)}`);
    if (factRows.length) report.factChecks = factCheckMarkdown(factRows);
    const seedsDir = path.resolve("seeds");
    if (existsSync(seedsDir)) {
      const { parseText } = await import("@/lib/import/parse/parse-file");
      const { rows, segmentation } = await summariseSeeds(engine, seedsDir, parseText);
      const flagged: Record<string, number> = {};
      for (const row of rows) for (const h of row.flagged) flagged[h] = (flagged[h] ?? 0) + 1;
      report.seeds = { segmentation, comments: rows.length, flagged, rows };
      say(`seeds: ${rows.length} comments (${segmentation}); flagged ${JSON.stringify(flagged)}`);
      for (const row of rows
        .filter((x) => x.priority >= 20)
        .sort((a, b) => b.priority - a.priority)) {
        say(
          `  ${String(row.priority).padStart(3)}  ${row.file}#${row.index}  ${row.top
            .map((t) => `${t.harm} ${t.score.toFixed(2)}`)
            .join(", ")
            .padEnd(44)} ${row.snippet}`,
        );
      }
    }
    say("v1 vs v2 on the dev sets and the functional tests:");
    const stage1 = await evaluateDevSets(dataDir, stage1EvalScorer("v2 stage 1", engine), say);
    let stage2: TDevSetsReport | null = null;
    const s2model = parsed.values["stage1-only"] ? null : loadStage2Model();
    if (s2model) {
      const cache = new EmbeddingCache();
      const scorer = await stage2EvalScorer("v2 stage 2", engine, {
        model: s2model,
        occlusion: false,
        embed: (texts) => cache.embedAll(texts, say),
      });
      stage2 = await evaluateDevSets(dataDir, scorer, say);
      report.stage2 = { version: `stage2@${s2model.version}` };
    } else
      report.stage2 = {
        skipped: parsed.values["stage1-only"] ? "--stage1-only" : "no stage-2 model file",
      };
    report.comparison = { v1: v1Baseline as unknown as TDevSetsReport, stage1, stage2 };
    report.thresholds = { ...engine.thresholds };
    for (const line of comparisonLines(report.comparison)) say(line);
    if (!parsed.values["no-write"]) {
      writeFileSync(path.resolve(METRICS_FILE), renderMetricsMarkdown(report));
      say(`wrote ${METRICS_FILE}`);
    }
    if (parsed.values.json) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
    return 0;
  },
};
