// Readers for the development data sets (outside the repository, path given by the caller). They
// return plain records; nothing here is shipped or committed.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

export type TToxicSpansPost = { text: string; spans: number[] };
export type TDavidsonTweet = { index: number; text: string; cls: 0 | 1 | 2 };
export type THateXplainPost = {
  id: string;
  text: string;
  label: "normal" | "offensive" | "hatespeech";
  /** Character ranges (in `text`) of tokens most annotators marked as the reason. */
  rationale: Array<{ start: number; end: number }>;
};

export const DATA_FILES = {
  toxicSpansTrain: "toxic_spans/tsd_train.csv",
  toxicSpansTrial: "toxic_spans/tsd_trial.csv",
  davidson: "davidson/labeled_data.csv",
  hatexplain: "hatexplain/hatexplain_val.jsonl",
  clef: "clef2020",
} as const;

export function dataPath(dataDir: string, file: keyof typeof DATA_FILES): string {
  return path.join(dataDir, DATA_FILES[file]);
}

export function hasFile(dataDir: string, file: keyof typeof DATA_FILES): boolean {
  return existsSync(dataPath(dataDir, file));
}

export function loadToxicSpans(file: string): TToxicSpansPost[] {
  const rows = parse(readFileSync(file, "utf8"), {
    columns: true,
    skip_empty_lines: true,
    relax_quotes: true,
  }) as Array<{ spans: string; text: string }>;
  return rows.map((r) => ({ text: r.text, spans: JSON.parse(r.spans) as number[] }));
}

/** Twitter artefacts are dataset noise, not language: entities decoded, handles and links replaced. */
export function cleanTweet(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) =>
      Number(code) < 0xd800 ? String.fromCharCode(Number(code)) : " ",
    )
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/\bRT\b/g, " ")
    .replace(/@\w+:?/g, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function loadDavidson(file: string): TDavidsonTweet[] {
  const rows = parse(readFileSync(file, "utf8"), {
    columns: true,
    skip_empty_lines: true,
    relax_quotes: true,
  }) as Array<Record<string, string>>;
  return rows.map((r, i) => ({
    index: i,
    text: cleanTweet(r.tweet ?? ""),
    cls: Number(r.class) as 0 | 1 | 2,
  }));
}

/**
 * Snopes fact-check claims and titles (CLEF 2020 library): neutral, editorial English about the
 * same topics as hateful comments. Used as assumed non-abusive examples (weak negatives).
 */
export function loadClefNeutral(dir: string): string[] {
  const rows = parse(readFileSync(path.join(dir, "verified_claims.docs.tsv"), "utf8"), {
    delimiter: "\t",
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  const out: string[] = [];
  for (const row of rows.slice(1))
    for (const cell of row.slice(1, 3)) if (cell && cell.length > 20) out.push(cell);
  return out;
}

export function loadHateXplain(file: string): THateXplainPost[] {
  const posts: THateXplainPost[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as {
      post_id: string;
      post_tokens: string[];
      majority_label: string;
      rationales: number[][];
    };
    const tokens = row.post_tokens.map((t) =>
      t === "<user>" ? "@user" : t === "<number>" ? "0" : t,
    );
    let text = "";
    const ranges: Array<{ start: number; end: number }> = [];
    for (const t of tokens) {
      if (text) text += " ";
      ranges.push({ start: text.length, end: text.length + t.length });
      text += t;
    }
    const votes = new Array<number>(tokens.length).fill(0);
    for (const r of row.rationales ?? []) r.forEach((v, k) => (votes[k] += v));
    const need = Math.max(1, Math.ceil((row.rationales?.length ?? 0) / 2));
    const rationale = ranges.filter(
      (_, k) => votes[k] >= need && (row.rationales?.length ?? 0) > 0,
    );
    posts.push({
      id: row.post_id,
      text,
      label: row.majority_label as THateXplainPost["label"],
      rationale,
    });
  }
  return posts;
}
