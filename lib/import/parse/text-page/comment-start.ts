// Finds where the comment section begins when the page has no explicit marker: the split point that
// best separates article-like blocks (before) from comment-like blocks (after), with a confidence.
import type { TBlock } from "./blocks";
import { nameScore } from "./names";
import { commentLikelihood } from "./prose-signals";

// Evidence (in nats) a page must show before any block is called a comment: no comments is the default.
const PRIOR_AGAINST_COMMENTS = 1.5;

/** Comment-likeness of each block; a name line followed by comment-like text scores as a comment start. */
export function blockScores(blocks: TBlock[], lineMode: boolean): number[] {
  // Blocks opening with a name line and the text right under it ("Jane Doe\nI agree…"): when the
  // page does that more than once, each is a comment with its author.
  const inline = blocks.map(
    (b) => !lineMode && b.lines.length >= 2 && nameScore(b.lines[0].norm) >= 0.75,
  );
  const inlinePattern = inline.filter(Boolean).length >= 2;
  const base = blocks.map((b, i) =>
    inlinePattern && inline[i]
      ? Math.max(
          0.85,
          commentLikelihood(
            b.lines
              .slice(1)
              .map((l) => l.norm)
              .join(" "),
          ),
        )
      : commentLikelihood(b.text),
  );
  return blocks.map((b, i) => {
    const next = blocks[i + 1];
    if (b.lines.length !== 1 || !next) return base[i];
    const maxGap = lineMode ? 0 : 1;
    const ns = nameScore(b.lines[0].norm);
    if (ns < 0.5 || next.gapBefore > maxGap || nameScore(next.lines[0].norm) >= 0.5) return base[i];
    return Math.max(base[i], 0.5 * ns + 0.5 * base[i + 1]);
  });
}

export type TSplit = { index: number; confidence: number };

/**
 * The first comment block's index in `blocks` (blocks.length when there are no comments), choosing
 * the split k >= minIndex that maximises sum(log(1-p)) before k plus sum(log p) from k on.
 */
export function findCommentStart(blocks: TBlock[], scores: number[], minIndex: number): TSplit {
  const n = blocks.length;
  if (minIndex >= n) return { index: n, confidence: 1 };
  // J(k) computed right to left: tail[k] = sum_{i>=k} log p_i, head[k] = sum_{i<k} log(1-p_i).
  const head = new Array<number>(n + 1).fill(0);
  for (let i = 0; i < n; i++) head[i + 1] = head[i] + Math.log(1 - scores[i]);
  const tail = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) tail[i] = tail[i + 1] + Math.log(scores[i]);
  const objective = (k: number) => head[k] + tail[k] - (k < n ? PRIOR_AGAINST_COMMENTS : 0);
  let best = n;
  let bestWithComments = -1;
  for (let k = minIndex; k < n; k++) {
    if (bestWithComments < 0 || objective(k) > objective(bestWithComments)) bestWithComments = k;
  }
  if (bestWithComments >= 0 && objective(bestWithComments) > objective(n)) best = bestWithComments;
  const rival = best === n ? bestWithComments : n;
  const margin = rival < 0 ? 10 : objective(best) - objective(rival);
  return { index: best, confidence: 1 / (1 + Math.exp(-margin)) };
}
