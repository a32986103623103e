// Which training rows get sentence-encoder vectors: embedding all ~150k rows would take hours on
// one core, so each source contributes up to a cap (all rows of the small curated sets, every
// threat positive), chosen by a stable hash; every source keeps its dev rows (capped).

import type { TTableRow } from "./table";
import { bucketOf } from "./splits";

/** Training rows per source to embed. */
export const EMBED_TRAIN_CAP: Record<string, number> = {
  dynahate: 4000,
  toxigen: 2000,
  hatexplain: 2000,
  templates: 2000,
  decisions: 100000,
  implicit_hate: 1200,
  sbic: 900,
  civil_toxic: 500,
  toxic_spans: 600,
  stormfront: 600,
  gab: 600,
  olid: 600,
  davidson: 300,
  neutral: 250,
};
export const EMBED_DEV_CAP = 200;

/**
 * Training texts are embedded from their first EMBED_TRAIN_CHARS characters (cut at a word): the
 * encoder's cost grows with length, and the opening of a comment carries its gist.
 */
export const EMBED_TRAIN_CHARS = 400;

export function embeddingText(text: string): string {
  if (text.length <= EMBED_TRAIN_CHARS) return text;
  const cut = text.slice(0, EMBED_TRAIN_CHARS);
  const space = cut.lastIndexOf(" ");
  return space > EMBED_TRAIN_CHARS / 2 ? cut.slice(0, space) : cut;
}

export function embeddingPlan(rows: TTableRow[]): TTableRow[] {
  const size = new Map<string, { train: number; dev: number }>();
  for (const r of rows) {
    const s = size.get(r.source) ?? { train: 0, dev: 0 };
    s[r.split]++;
    size.set(r.source, s);
  }
  return rows.filter((r) => {
    if (r.labels.threat === 1) return true;
    const s = size.get(r.source)!;
    const cap = r.split === "dev" ? EMBED_DEV_CAP : (EMBED_TRAIN_CAP[r.source] ?? 1000);
    const n = r.split === "dev" ? s.dev : s.train;
    return n <= cap || bucketOf(`emb:${r.text}`, 100_000) < (cap / n) * 100_000;
  });
}
