// Scores the sample pages in seeds/ comment by comment: a quick look at what the engine puts
// first on real war-news threads. The caller passes the import parser in (triage does not import
// the import domain); without one, paragraphs stand in for comments.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { TTriageEngine } from "../engine";
import { HARMS, type THarm } from "../types";

export type TSeedRow = {
  file: string;
  index: number;
  priority: number;
  flagged: THarm[];
  top: Array<{ harm: THarm; score: number }>;
  snippet: string;
};

export type TParseText = (
  text: string,
  opts: { filename?: string },
) => { articles: Array<{ comments: Array<{ body: string }> }> };

/** Fallback segmentation: paragraphs (blank-line separated, or single lines) of 25+ characters. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n|\n(?=\S)/)
    .map((p) => p.trim())
    .filter((p) => p.length >= 25);
}

export async function summariseSeeds(
  engine: TTriageEngine,
  seedsDir: string,
  parseText: TParseText | null,
): Promise<{ rows: TSeedRow[]; segmentation: string }> {
  const rows: TSeedRow[] = [];
  const files = readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  let usedParser = false;
  for (const file of files) {
    const text = readFileSync(path.join(seedsDir, file), "utf8");
    let comments: string[] = [];
    if (parseText) {
      try {
        comments = parseText(text, { filename: file }).articles.flatMap((a) =>
          a.comments.map((c) => c.body),
        );
        usedParser = comments.length > 0 || usedParser;
      } catch {
        comments = [];
      }
    }
    if (comments.length === 0) comments = splitParagraphs(text);
    comments.forEach((body, index) => {
      const r = engine.score({ text: body });
      const top = HARMS.map((harm) => ({ harm, score: r.scores[harm] }))
        .filter((t) => t.score >= 0.3)
        .sort((a, b) => b.score - a.score)
        .slice(0, 3);
      rows.push({
        file,
        index,
        priority: r.priority,
        flagged: r.flagged,
        top,
        snippet: body.replace(/\s+/g, " ").slice(0, 70),
      });
    });
  }
  return { rows, segmentation: usedParser ? "import parser (lib/import/parse)" : "paragraphs" };
}
