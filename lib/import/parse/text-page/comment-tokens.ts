// Turns the lines of a comment section into tokens (gap, header, time, control, placeholder, text)
// and decides which standalone short lines are author names, with a score per decision.
import { isRelativeTime } from "../dates";
import { isTerminatingControl } from "./boilerplate";
import type { TClassifiedLine } from "./blocks";
import { dateOfLine, isScoreAgeLine } from "./header";
import type { TLine } from "./lines";
import {
  nameScore,
  parseSignature,
  parseStrongHeader,
  splitReplyHint,
  type TAuthorHeader,
} from "./names";

export type TToken =
  | { t: "gap"; n: number }
  | { t: "header"; line: TLine; header: TAuthorHeader; strong: boolean; score: number }
  | { t: "time"; line: TLine; iso: string | null; relative: boolean }
  | { t: "control"; line: TLine; terminator: boolean; replyTo: string | null }
  | { t: "placeholder"; line: TLine }
  | { t: "pingback"; line: TLine }
  | { t: "level"; line: TLine; level: number }
  | { t: "furniture"; line: TLine }
  | { t: "signature"; line: TLine; header: TAuthorHeader }
  | { t: "text"; line: TLine };

const BULLET_START = /^[•▪►◦‣]/;
const IN_REPLY_TO = /^(?:in reply to|replying to|reply to)\s+(.{1,40}?)[.:]?$/i;

function rawTokens(cls: TClassifiedLine[], known: ReadonlySet<string>): TToken[] {
  const out: TToken[] = [];
  for (const c of cls) {
    const { line } = c;
    if (c.kind === "blank") {
      const last = out[out.length - 1];
      if (last?.t === "gap") last.n++;
      else out.push({ t: "gap", n: 1 });
    } else if (c.kind === "date") {
      const bare = line.norm.replace(/^[•·▪◦‣|]\s*/, "");
      const date = dateOfLine(bare);
      out.push({
        t: "time",
        line,
        iso: date && date.precision !== "month" ? date.iso : null,
        relative: !date && (isRelativeTime(bare) || isScoreAgeLine(bare)),
      });
    } else if (c.kind === "furniture" && !c.furniture?.pageOnly) {
      const role = c.furniture?.role;
      if (role === "control")
        out.push({
          t: "control",
          line,
          terminator: isTerminatingControl(line.norm),
          replyTo: null,
        });
      else if (role === "placeholder") out.push({ t: "placeholder", line });
      else if (role === "pingback") out.push({ t: "pingback", line });
      else if (role === "level")
        out.push({ t: "level", line, level: Number(/\d+/.exec(line.norm)?.[0] ?? 1) });
      else out.push({ t: "furniture", line });
    } else {
      const replyTo = IN_REPLY_TO.exec(line.norm);
      if (replyTo && nameScore(replyTo[1]) >= 0.5) {
        out.push({ t: "control", line, terminator: false, replyTo: replyTo[1] });
        continue;
      }
      const signature = parseSignature(line.norm);
      if (signature) {
        out.push({ t: "signature", line, header: signature });
        continue;
      }
      const header = parseStrongHeader(line.norm, known);
      out.push(
        header ? { t: "header", line, header, strong: true, score: 1 } : { t: "text", line },
      );
    }
  }
  return out;
}

/** Index of the first non-gap token after i (gaps are merged, so at most one to skip). */
function nextNonGapIndex(tokens: TToken[], i: number): number {
  return tokens[i + 1]?.t === "gap" ? i + 2 : i + 1;
}
const gapAfter = (tokens: TToken[], i: number) => {
  const t = tokens[i + 1];
  return t?.t === "gap" ? t.n : 0;
};

/** Median blank-line gap between two consecutive plain-text comments (clearly not name lines). */
function textToTextGap(tokens: TToken[]): number {
  const gaps: number[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const [a, g, b] = [tokens[i - 2], tokens[i - 1], tokens[i]];
    if (
      a.t === "text" &&
      g.t === "gap" &&
      b.t === "text" &&
      nameScore(a.line.norm) === 0 &&
      nameScore(b.line.norm) === 0
    )
      gaps.push(g.n);
  }
  gaps.sort((x, y) => x - y);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)] : 0;
}

/**
 * "Jane Doe" on the first line of a block with her text right under it (no blank line): accepted
 * only when most multi-line blocks of the section open that way, since one could be a short opener.
 */
function inlineHeaders(tokens: TToken[]): Set<number> {
  const candidates: number[] = [];
  let multiLine = 0;
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    if (tokens[i].t !== "text" || prev?.t === "text" || tokens[i + 1]?.t !== "text") continue;
    multiLine++;
    if (nameScore((tokens[i] as { line: TLine }).line.norm) >= 0.75) candidates.push(i);
  }
  return candidates.length >= 2 && candidates.length * 2 >= multiLine
    ? new Set(candidates)
    : new Set();
}

const SIDE = new Set(["gap", "furniture", "control", "level"]);

/** The nearest token before `i` that is not a gap, furniture, control or level marker. */
function significantBefore(tokens: TToken[], i: number): number {
  let k = i - 1;
  while (k >= 0 && SIDE.has(tokens[k].t)) k--;
  return k;
}

function opensBody(tokens: TToken[], i: number): boolean {
  const k = significantBefore(tokens, i);
  const prev = tokens[k];
  if (!prev) return false;
  if (prev.t === "header" || prev.t === "pingback") return true;
  if (prev.t !== "time") return false;
  const before = tokens[k - 1];
  const owner = tokens[significantBefore(tokens, k)];
  return owner?.t === "header" || !before || before.t === "gap";
}

// "Bruno Skvorc SitePoint Staff": a role badge printed after the name.
const BADGE =
  /\s+(?:\S+\s+)?(?:staff|team member|moderator|mod|admin|administrator|editor|verified|redaktion|redakteur|modérateur|moderador)$/i;

function stripBadge(name: string | null): string | null {
  if (!name) return name;
  const stripped = name.replace(BADGE, "").trim();
  return stripped && stripped !== name ? stripped : name;
}

export type TTokenized = { tokens: TToken[]; weakUnsure: { line: TLine; score: number }[] };

/**
 * Tokens of a comment section. A standalone text line becomes a (weak) author header when it reads
 * like a name and is followed, after at most one blank line, by text or by a timestamp.
 */
export function tokenizeComments(cls: TClassifiedLine[], lineMode: boolean): TTokenized {
  // Names the page shows more than once are recognisable as names inside reply hints.
  const counts = new Map<string, number>();
  for (const c of cls)
    if (c.kind === "content" && nameScore(c.line.norm) >= 0.5)
      counts.set(c.line.norm, (counts.get(c.line.norm) ?? 0) + 1);
  const known = new Set(counts.keys());
  const tokens = rawTokens(cls, known);
  const doubleGapPage = textToTextGap(tokens) >= 2;
  const weakUnsure: TTokenized["weakUnsure"] = [];

  const inline = inlineHeaders(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const nextIndex = nextNonGapIndex(tokens, i);
    const next = tokens[nextIndex];
    // A bullet followed by another bullet is a list inside a comment or article, not a header.
    if (
      tok.t === "header" &&
      tok.header.kind === "bullet" &&
      next &&
      "line" in next &&
      BULLET_START.test(next.line.norm)
    ) {
      tokens[i] = { t: "text", line: tok.line };
      continue;
    }
    if (tok.t !== "text") continue;
    const prev = tokens[i - 1];
    // Right under a header and its time, or under a time printed after a blank line (a date-first
    // header), a short line is the comment's title or first words, not another author.
    if (!inline.has(i) && opensBody(tokens, i)) continue;
    const ns = nameScore(tok.line.norm);
    if (ns === 0 || !next) continue;
    const gap = gapAfter(tokens, i);
    let score: number;
    let strong = false;
    if (inline.has(i)) {
      score = ns;
    } else {
      if (prev && (lineMode ? prev.t === "header" : prev.t === "text" || prev.t === "header"))
        continue;
      const followedByText = next.t === "text" && (lineMode ? gap === 0 && ns >= 0.75 : gap === 1);
      strong = next.t === "time" && gap === 0;
      if (!followedByText && !strong) continue;
      score = ns;
      if (strong) score += 0.3;
      if (gap === 1) score += 0.1;
      if (doubleGapPage && gap === 1) score += 0.15;
      if ((counts.get(tok.line.norm) ?? 0) > 1) score += 0.15;
      const afterNext = tokens[nextIndex + 1];
      if (next.t === "text" && nameScore(next.line.norm) >= 0.5 && afterNext?.t !== "text")
        score -= 0.2;
      if (score < 0.5) continue;
      score = Math.min(1, score);
    }
    if (score < 0.75) weakUnsure.push({ line: tok.line, score });
    const split = splitReplyHint(tok.line.norm, known);
    const header: TAuthorHeader = {
      kind: "name",
      ...split,
      author: stripBadge(split.author),
      postedAt: null,
      relativeTime: false,
    };
    tokens[i] = { t: "header", line: tok.line, header, strong, score };
  }
  return { tokens, weakUnsure };
}
