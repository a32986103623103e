// Windows of a long text for the sentence encoder, which reads only its first 128 tokens: the text
// is cut at sentence boundaries into windows that fit, consecutive ones sharing a short sentence,
// so words late in a long comment are read too. A text that fits is one window, itself.

export type TTextWindow = { start: number; end: number };

/** At most this many windows per text (≈ 4,000 characters): the cost of a comment stays bounded. */
export const MAX_WINDOWS = 7;

/** Sentence ends (. ! ? … with closing quotes or brackets) followed by space, and line breaks. */
const SENTENCE_END = /[.!?…]+["'”’)\]]*\s+|\n\s*/g;

/** UTF-16 ranges of the sentences of `text`, trailing space included, together covering it. */
export function sentenceRanges(text: string): TTextWindow[] {
  const out: TTextWindow[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index! + m[0].length;
    if (end > start && text.slice(start, end).trim()) out.push({ start, end });
    else if (out.length) out[out.length - 1].end = end;
    start = end;
  }
  if (start < text.length) {
    if (text.slice(start).trim() || !out.length) out.push({ start, end: text.length });
    else out[out.length - 1].end = text.length;
  }
  return out;
}

/** Cuts a range that is too long at spaces into `parts` pieces of about equal length. */
function splitAtSpaces(text: string, range: TTextWindow, parts: number): TTextWindow[] {
  const out: TTextWindow[] = [];
  let start = range.start;
  for (let k = 1; k < parts; k++) {
    const target = range.start + Math.round(((range.end - range.start) * k) / parts);
    const space = text.lastIndexOf(" ", target);
    const cut = space > start ? space + 1 : target;
    if (cut <= start || cut >= range.end) continue;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: range.end });
  return out;
}

/**
 * The windows of a text: the whole text when `tokens(text)` ≤ `maxTokens`; otherwise sentences
 * (too-long ones cut at spaces) packed greedily into windows of ≤ `maxTokens` tokens, each next
 * window starting on the previous one's last sentence when that sentence is short (a quarter of a
 * window at most), so a sentence pair spanning a cut is read together once. At most `maxWindows`.
 */
export function planWindows(
  text: string,
  tokens: (piece: string) => number,
  maxTokens = 128,
  maxWindows = MAX_WINDOWS,
): TTextWindow[] {
  if (tokens(text) <= maxTokens) return [{ start: 0, end: text.length }];
  const pieces: Array<TTextWindow & { n: number }> = [];
  let total = 0;
  for (const s of sentenceRanges(text)) {
    // Enough text for every window: the rest is never read, so it is not tokenized.
    if (total > maxTokens * maxWindows) break;
    const n = tokens(text.slice(s.start, s.end));
    total += n;
    if (n <= maxTokens) pieces.push({ ...s, n });
    else
      for (const p of splitAtSpaces(text, s, Math.ceil(n / (maxTokens * 0.9))))
        pieces.push({ ...p, n: tokens(text.slice(p.start, p.end)) });
  }
  const windows: TTextWindow[] = [];
  let i = 0;
  while (i < pieces.length && windows.length < maxWindows) {
    let j = i;
    let sum = pieces[i].n;
    while (j + 1 < pieces.length && sum + pieces[j + 1].n <= maxTokens) sum += pieces[++j].n;
    windows.push({ start: pieces[i].start, end: pieces[j].end });
    if (j + 1 >= pieces.length) break;
    i = j > i && pieces[j].n <= maxTokens / 4 ? j : j + 1;
  }
  return windows;
}

/** Per-window head logits pooled into one: the highest, the mean of the two highest, or the mean. */
export function poolWindowLogits(logits: readonly number[], pool: "max" | "top2" | "mean"): number {
  if (logits.length === 1) return logits[0];
  const sorted = [...logits].sort((a, b) => b - a);
  if (pool === "mean") return sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return pool === "max" ? sorted[0] : (sorted[0] + sorted[1]) / 2;
}
