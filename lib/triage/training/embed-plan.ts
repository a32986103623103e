// Which training rows get sentence-encoder vectors: embedding all ~150k rows would take hours on
// one core, so each source contributes up to a cap, balanced across its label combinations and
// chosen by a stable hash; every threat positive is kept; dev rows come first in the plan.

import type { TTableRow } from "./table";
import { bucketOf } from "./splits";
import { HARMS } from "../types";

/**
 * Training rows per source to embed (≈ 61k rows; small curated sets are taken whole). How these caps
 * were chosen against half and all of them: lib/triage/README.md, Stage 2.
 */
export const EMBED_TRAIN_CAP: Record<string, number> = {
  dynahate: 4000,
  toxigen: 2000,
  hatexplain: 2000,
  templates: 2000,
  decisions: 100000,
  implicit_hate: 10000,
  sbic: 8000,
  gab: 8000,
  toxic_spans: 7000,
  olid: 6000,
  stormfront: 5000,
  civil_toxic: 5000,
  davidson: 4000,
  neutral: 3000,
};
/** Dev rows per source to embed: all of them (the stackers are learned on them; ≈ 13.3k rows). */
export const EMBED_DEV_CAP: Record<string, number> = { neutral: 500 };
export const EMBED_DEV_CAP_DEFAULT = Number.POSITIVE_INFINITY;

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

const labelKey = (r: TTableRow) => HARMS.map((h) => r.labels[h] ?? "-").join("");

/**
 * Splits `cap` over groups as evenly as possible: a group smaller than its share keeps all its
 * rows and the rest is shared by the others (water-filling). Returns the count per group.
 */
export function shareCap(sizes: number[], cap: number): number[] {
  const take = sizes.map(() => 0);
  let left = cap;
  let open = sizes.map((_, i) => i).filter((i) => sizes[i] > 0);
  while (left > 0 && open.length) {
    const share = Math.floor(left / open.length) || 1;
    const next: number[] = [];
    for (const i of open) {
      const add = Math.min(share, sizes[i] - take[i], left);
      take[i] += add;
      left -= add;
      if (take[i] < sizes[i]) next.push(i);
      if (left === 0) break;
    }
    open = next;
  }
  return take;
}

/**
 * The rows to embed: per source and split, up to the cap, shared evenly over the label
 * combinations (so rare positives are all kept when the cap allows), each group's rows taken in a
 * stable hash order. Dev rows first, then training rows, each in hash order, so a partial run
 * covers every source evenly.
 */
export function embeddingPlan(rows: TTableRow[]): TTableRow[] {
  const groups = new Map<string, Map<string, TTableRow[]>>();
  const chosen: TTableRow[] = [];
  for (const r of rows) {
    if (r.labels.threat === 1) {
      chosen.push(r);
      continue;
    }
    const part = `${r.split}|${r.source}`;
    const byLabel = groups.get(part) ?? new Map<string, TTableRow[]>();
    const key = labelKey(r);
    const list = byLabel.get(key);
    if (list) list.push(r);
    else byLabel.set(key, [r]);
    groups.set(part, byLabel);
  }
  for (const [part, byLabel] of groups) {
    const [split, source] = part.split("|");
    const cap =
      split === "dev"
        ? (EMBED_DEV_CAP[source] ?? EMBED_DEV_CAP_DEFAULT)
        : (EMBED_TRAIN_CAP[source] ?? 1000);
    const lists = [...byLabel.values()];
    const take = shareCap(
      lists.map((l) => l.length),
      cap,
    );
    lists.forEach((list, i) => {
      const ranked = list
        .map((r) => ({ r, h: bucketOf(`emb:${r.text}`, 1 << 30) }))
        .sort((a, b) => a.h - b.h);
      for (const { r } of ranked.slice(0, take[i])) chosen.push(r);
    });
  }
  const order = (r: TTableRow) =>
    (r.split === "dev" ? 0 : 1 << 30) + bucketOf(`ord:${r.source}:${r.text}`, 1 << 30);
  return chosen
    .map((r) => ({ r, o: order(r) }))
    .sort((a, b) => a.o - b.o)
    .map((x) => x.r);
}
