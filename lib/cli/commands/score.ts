// `vigil score`: the stable JSONL scoring contract (docs/DESIGN.md). Streams line by line; one
// output line per non-blank input line, in order; a bad line yields {"id", "error"} and the run
// goes on. Blank input lines are skipped and produce no output.

import { createReadStream, createWriteStream, existsSync, readFileSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { UsageError, type TCommand } from "../command";
import { DomainError } from "@/lib/errors";
import { round3 } from "@/lib/triage/combine";
import { loadDefaultEngine } from "@/lib/triage/default-engine";
import type { TClaimMatcherLike, TTriageEngine } from "@/lib/triage/engine";
import { HARMS, type TAnalyzerInput, type TTriageResult } from "@/lib/triage/types";

type TFactcheckModule = {
  loadFactChecksJsonl: (text: string) => { claims: Array<{ id: string; claim: string; title?: string | null }>; errors: Array<{ where: string; message: string }> };
  createClaimMatcher: (claims: Array<{ id: string; claim: string; title?: string | null }>) => TClaimMatcherLike;
};

async function loadClaimMatcher(file: string): Promise<TClaimMatcherLike> {
  if (!existsSync(file)) throw new UsageError(`fact-check file not found: ${file}`);
  let mod: Partial<TFactcheckModule>;
  try {
    mod = (await import("@/lib/triage/factcheck/index")) as Partial<TFactcheckModule>;
  } catch {
    throw new DomainError("fact-check matching unavailable");
  }
  if (typeof mod.loadFactChecksJsonl !== "function" || typeof mod.createClaimMatcher !== "function") {
    throw new DomainError("fact-check matching unavailable");
  }
  const { claims, errors } = mod.loadFactChecksJsonl(readFileSync(file, "utf8"));
  for (const e of errors.slice(0, 20)) process.stderr.write(`vigil score: ${file} ${e.where}: ${e.message} (skipped)\n`);
  if (errors.length > 20) process.stderr.write(`vigil score: ${errors.length - 20} more fact-check records skipped\n`);
  return mod.createClaimMatcher(claims);
}

type TLineResult = Record<string, unknown>;

/** Validates one input line; scoring errors become error lines too, never a crash. */
export function scoreLine(engine: TTriageEngine, line: string): TLineResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: "invalid JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { id: null, error: "expected a JSON object" };
  const record = value as Record<string, unknown>;
  const id = typeof record.id === "string" || typeof record.id === "number" ? record.id : null;
  if (id === null) return { id: null, error: record.id === undefined ? 'missing "id"' : '"id" must be a string or a number' };
  if (typeof record.text !== "string") return { id, error: record.text === undefined ? 'missing "text"' : '"text" must be a string' };
  const context = record.context;
  if (context !== undefined && context !== null && (typeof context !== "object" || Array.isArray(context))) {
    return { id, error: '"context" must be an object' };
  }
  const ctx = (context ?? undefined) as { title?: unknown; parent?: unknown } | undefined;
  const input: TAnalyzerInput = {
    text: record.text,
    context: ctx ? { title: typeof ctx.title === "string" ? ctx.title : null, parent: typeof ctx.parent === "string" ? ctx.parent : null } : undefined,
  };
  try {
    return formatResult(id, engine.score(input));
  } catch (error) {
    return { id, error: `scoring failed: ${(error as Error).message}` };
  }
}

function formatResult(id: string | number, r: TTriageResult): TLineResult {
  return {
    id,
    scores: Object.fromEntries(HARMS.map((h) => [h, round3(r.scores[h])])),
    flagged: r.flagged,
    spans: r.spans.map((s) => ({ start: s.start, end: s.end, category: s.category, reason: s.reason })),
    claims: r.claims.map((c) => ({ id: c.id, score: round3(c.score) })),
  };
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}

export const command: TCommand = {
  name: "score",
  summary: "Score comments from JSONL (no database)",
  usage: "vigil score [--input in.jsonl] [--output out.jsonl] [--factchecks claims.jsonl]",
  async run(argv) {
    let values;
    try {
      ({ values } = parseArgs({
        args: argv,
        options: { input: { type: "string" }, output: { type: "string" }, factchecks: { type: "string" } },
        allowPositionals: false,
      }));
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (values.input && !existsSync(values.input)) throw new UsageError(`input file not found: ${values.input}`);
    const claimMatcher = values.factchecks ? await loadClaimMatcher(values.factchecks) : null;
    const engine = loadDefaultEngine({ claimMatcher });
    const input = values.input ? createReadStream(values.input, { encoding: "utf8" }) : process.stdin;
    const out: Writable = values.output ? createWriteStream(values.output, { encoding: "utf8" }) : process.stdout;
    const lines = createInterface({ input, crlfDelay: Infinity });
    let count = 0;
    let errors = 0;
    for await (const raw of lines) {
      const line = raw.replace(/^\uFEFF/, "");
      if (line.trim() === "") continue;
      const result = scoreLine(engine, line);
      if ("error" in result) errors++;
      count++;
      await write(out, JSON.stringify(result) + "\n");
    }
    if (values.output) {
      out.end();
      await once(out, "finish");
    }
    if (errors > 0) process.stderr.write(`vigil score: ${count} lines, ${errors} with errors\n`);
    return 0;
  },
};
