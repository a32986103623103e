// `vigil score`: the stable JSONL scoring contract (docs/DESIGN.md). Streams in batches of 64 lines,
// one output line per non-blank input line, in order; a bad line yields {"id", "error"} and the run
// goes on. Both scoring stages by default (stage 2: sentence encoder, claim re-ranking); --fast =
// stage 1 only. Blank input lines are skipped and produce no output.

import { createReadStream, createWriteStream, existsSync, readFileSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { UsageError, type TCommand } from "../command";
import { parseDay } from "@/lib/triage/factcheck/claim-dates";
import { round3 } from "@/lib/triage/combine";
import { loadDefaultEngine } from "@/lib/triage/default-engine";
import type { TTriageEngine } from "@/lib/triage/engine";
import { createClaimMatcher, type TClaimMatcher } from "@/lib/triage/factcheck/claim-matcher";
import { openEmbeddingCache } from "@/lib/triage/factcheck/embedding-cache";
import { loadLibrary, summarizeLoadErrors } from "@/lib/triage/factcheck/load-library";
import { createClaimReranker } from "@/lib/triage/factcheck/rerank";
import type { TFactCheck } from "@/lib/triage/factcheck/schemas";
import { embedTexts } from "@/lib/triage/encoder/sentence-encoder";
import {
  HARMS,
  type TAnalyzerInput,
  type TClaimReranker,
  type TTriageResult,
} from "@/lib/triage/types";

const BATCH = 64;

function loadClaims(file: string): TFactCheck[] {
  if (!existsSync(file)) throw new UsageError(`fact-check file not found: ${file}`);
  const { format, result } = loadLibrary(file, readFileSync(file, "utf8"));
  const { listed, more } = summarizeLoadErrors(result.errors);
  for (const e of listed)
    process.stderr.write(`vigil score: ${file} ${e.where}: ${e.message} (skipped)\n`);
  if (more > 0)
    process.stderr.write(
      `vigil score: ${file}: ${more} more bad records skipped (${result.errors.length} in all)\n`,
    );
  const undated = result.undated ?? [];
  const shown = summarizeLoadErrors(undated);
  for (const e of shown.listed)
    process.stderr.write(`vigil score: ${file} ${e.where}: ${e.message}\n`);
  if (shown.more > 0)
    process.stderr.write(`vigil score: ${file}: ${shown.more} more dates not read\n`);
  const unrated = result.claims.filter((c) => c.verdict === "unrated").length;
  process.stderr.write(
    `vigil score: ${result.claims.length} fact-checks loaded from ${file} (${format})` +
      (unrated ? `, ${unrated} without a verdict (unrated)` : "") +
      (undated.length ? `, ${undated.length} without a readable date (loaded undated)` : "") +
      (result.errors.length ? `, ${result.errors.length} skipped` : "") +
      "\n",
  );
  return result.claims;
}

/** Claim vectors come from `.cache/claim-embeddings` when it is writable; else they are computed each run. */
async function embedClaimsCached(texts: string[]): Promise<Float32Array[]> {
  try {
    return await openEmbeddingCache().embed(texts);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    return embedTexts(texts);
  }
}

type TParsed =
  { id: string | number | null; error: string } | { id: string | number; input: TAnalyzerInput };

/** Validates one input line. */
export function parseLine(line: string): TParsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: "invalid JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { id: null, error: "expected a JSON object" };
  const record = value as Record<string, unknown>;
  const id = typeof record.id === "string" || typeof record.id === "number" ? record.id : null;
  if (id === null)
    return {
      id: null,
      error: record.id === undefined ? 'missing "id"' : '"id" must be a string or a number',
    };
  if (typeof record.text !== "string")
    return { id, error: record.text === undefined ? 'missing "text"' : '"text" must be a string' };
  const context = record.context;
  if (
    context !== undefined &&
    context !== null &&
    (typeof context !== "object" || Array.isArray(context))
  ) {
    return { id, error: '"context" must be an object' };
  }
  const ctx = (context ?? undefined) as
    { title?: unknown; parent?: unknown; postedAt?: unknown } | undefined;
  // When the comment was written (dates its claims for fact-check matching): "date" or
  // "postedAt" on the line, or "postedAt" in its context.
  const [dateKey, date] =
    record.date !== undefined && record.date !== null
      ? ["date", record.date]
      : record.postedAt !== undefined && record.postedAt !== null
        ? ["postedAt", record.postedAt]
        : ["context.postedAt", ctx?.postedAt ?? null];
  if (date !== null && (typeof date !== "string" || parseDay(date) === null))
    return {
      id,
      error: `"${dateKey}" must be a date ("2019-03-24", "24 March 2019" or "March 24, 2019")`,
    };
  return {
    id,
    input: {
      text: record.text,
      context:
        ctx || date !== null
          ? {
              title: typeof ctx?.title === "string" ? ctx.title : null,
              parent: typeof ctx?.parent === "string" ? ctx.parent : null,
              ...(date !== null ? { postedAt: date as string } : {}),
            }
          : undefined,
    },
  };
}

function formatResult(id: string | number, r: TTriageResult): Record<string, unknown> {
  return {
    id,
    scores: Object.fromEntries(HARMS.map((h) => [h, round3(r.scores[h])])),
    flagged: r.flagged,
    spans: r.spans.map((s) => ({
      start: s.start,
      end: s.end,
      category: s.category,
      reason: s.reason,
    })),
    claims: r.claims.map((c) => ({ id: c.id, score: round3(c.score), suggested: c.suggested })),
  };
}

type TStage2 = {
  scoreBatch(
    items: Array<{ input: TAnalyzerInput; stage1: TTriageResult }>,
  ): Promise<TTriageResult[]>;
};

async function loadStage2(claimReranker: TClaimReranker | undefined): Promise<TStage2> {
  const { loadStage2Scorer } = await import("@/lib/triage/stage2/index");
  return loadStage2Scorer({ claimReranker });
}

/** Scores one batch of lines; output in input order, a failure in one line never drops another. */
async function scoreBatch(
  engine: TTriageEngine,
  stage2: TStage2 | null,
  lines: string[],
): Promise<Array<Record<string, unknown>>> {
  const parsed = lines.map(parseLine);
  const out: Array<Record<string, unknown>> = new Array(lines.length);
  const good: Array<{
    at: number;
    id: string | number;
    input: TAnalyzerInput;
    stage1: TTriageResult;
  }> = [];
  parsed.forEach((p, at) => {
    if ("error" in p) {
      out[at] = { id: p.id, error: p.error };
      return;
    }
    try {
      good.push({ at, id: p.id, input: p.input, stage1: engine.score(p.input) });
    } catch (error) {
      out[at] = { id: p.id, error: `scoring failed: ${(error as Error).message}` };
    }
  });
  let results = good.map((g) => g.stage1);
  if (stage2 && good.length > 0) {
    try {
      results = await stage2.scoreBatch(good.map(({ input, stage1 }) => ({ input, stage1 })));
    } catch (error) {
      process.stderr.write(
        `vigil score: stage 2 failed for a batch, stage-1 results written (${(error as Error).message})\n`,
      );
    }
  }
  good.forEach((g, k) => (out[g.at] = formatResult(g.id, results[k])));
  return out;
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}

export const command: TCommand = {
  name: "score",
  summary: "Score comments from JSONL (no database)",
  usage:
    "vigil score [--input in.jsonl] [--output out.jsonl] [--factchecks claims.jsonl|.csv|.tsv|.json] [--fast]",
  async run(argv) {
    let values;
    try {
      ({ values } = parseArgs({
        args: argv,
        options: {
          input: { type: "string" },
          output: { type: "string" },
          factchecks: { type: "string" },
          fast: { type: "boolean" },
        },
        allowPositionals: false,
      }));
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (values.input && !existsSync(values.input))
      throw new UsageError(`input file not found: ${values.input}`);
    const claims = values.factchecks ? loadClaims(values.factchecks) : [];
    const matcher: TClaimMatcher | null = claims.length ? createClaimMatcher(claims) : null;
    const engine = loadDefaultEngine({ claimMatcher: matcher });
    const reranker =
      matcher && !values.fast
        ? await createClaimReranker({ claims, matcher, embed: embedClaimsCached })
        : undefined;
    const stage2 = values.fast ? null : await loadStage2(reranker);
    const input = values.input
      ? createReadStream(values.input, { encoding: "utf8" })
      : process.stdin;
    const out: Writable = values.output
      ? createWriteStream(values.output, { encoding: "utf8" })
      : process.stdout;
    const lines = createInterface({ input, crlfDelay: Infinity });
    let count = 0;
    let errors = 0;
    let batch: string[] = [];
    const flush = async () => {
      for (const result of await scoreBatch(engine, stage2, batch)) {
        if ("error" in result) errors++;
        count++;
        await write(out, JSON.stringify(result) + "\n");
      }
      batch = [];
    };
    for await (const raw of lines) {
      const line = raw.replace(/^\uFEFF/, "");
      if (line.trim() === "") continue;
      batch.push(line);
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length) await flush();
    if (values.output) {
      out.end();
      await once(out, "finish");
    }
    if (errors > 0) process.stderr.write(`vigil score: ${count} lines, ${errors} with errors\n`);
    return 0;
  },
};
