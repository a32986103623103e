// Reads the article's metadata lines: the publication date line, a conservative "source" line
// (only explicit attributions such as "provided by X exclusively for Y" or "Source: X"), and the title.
import { findDate, isRelativeTime, type TDateMatch } from "../dates";
import { URL_RE, wordsOf, type TLine } from "./lines";
import { parseStrongHeader } from "./names";

const NO_NAMES = new Set<string>();

const DATE_NOISE =
  /\b(published|posted|updated|last updated|first published|date|on|at|am|um|uhr|le|à|min|veröffentlicht|publié|publicado|pubblicato|(?:by|von|par|por|di|door) [\p{L}\d_.'-]{1,40}(?: [\p{Lu}][\p{L}.'-]{0,30}){0,2}|reply|antworten|répondre|responder|rispondi|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mon|tue|wed|thu|fri|sat|sun|gmt|utc|[ap]\.?m\.?)\b|[\s|·•,:()–—@-]+/giu;

// Words around dates in scripts that \b does not delimit ("27.02.2013 в 10:08 дп", "Ответить").
const DATE_NOISE_NON_LATIN = /(?<!\p{L})(?:в|дп|пп|г|года|ответить)(?!\p{L})\.?/giu;

/** The date when a line is essentially just a date (optionally with "Published", weekday, byline). */
export function dateOfLine(norm: string): TDateMatch | null {
  if (norm.length > 100) return null;
  const found = findDate(norm);
  if (!found) return null;
  const rest = (norm.slice(0, found.start) + " " + norm.slice(found.end))
    .replace(/\d{1,2}:\d{2}/g, " ")
    .replace(DATE_NOISE_NON_LATIN, " ")
    .replace(DATE_NOISE, " ")
    .trim();
  // What is left may be a preposition ("am", "le"), never a name ("Ben 19. Juni 2018 um 15:28 Uhr").
  return rest.length <= 3 && !/\p{Lu}\p{Ll}/u.test(rest) ? found : null;
}

/** "39 points · 6 years ago", "12 votes - 3 hours ago": a forum's score and age line (a timestamp). */
export function isScoreAgeLine(norm: string): boolean {
  if (norm.length > 60) return false;
  const m =
    /^[+-]?\d[\d,.]*k?\s+(?:points?|votes?|likes?|punkte|points|votos|punti)\s*[·•|,–—-]\s*(.+)$/i.exec(
      norm,
    );
  return Boolean(m && (isRelativeTime(m[1].trim()) || findDate(m[1]) !== null));
}

/** A line that is only a timestamp, absolute or relative ("3 hours ago"). */
export function isTimestampLine(norm: string): boolean {
  return (
    isRelativeTime(norm.replace(/^(posted|edited|updated)\s+/i, "")) || dateOfLine(norm) !== null
  );
}

const SOURCE_PATTERNS = [
  /^(?:the |this )?(?:article|text|story|report|piece|material|analysis|post)\s+(?:is|was)\s+(?:kindly\s+)?(?:provided|written|prepared|contributed|produced|supplied|originally published|first published)\s+(?:by|on|at|in)\s+(.+?)(?:\s+(?:exclusively\s+)?for\s+.+?)?\.?$/i,
  /^(?:source|sources|originally published (?:at|on|by|in)|first published (?:at|on|by|in)|republished (?:from|with permission (?:from|of))|reprinted (?:from|with permission (?:from|of))|courtesy of|this (?:article|story|piece) (?:originally )?appeared (?:on|in|at))\s*:?\s+(.+?)\.?$/i,
];

/** The named provider of an explicitly attributed article, or null (never a guess). */
export function sourceOfLine(norm: string): string | null {
  if (norm.length > 200) return null;
  for (const pattern of SOURCE_PATTERNS) {
    const m = pattern.exec(norm);
    if (!m) continue;
    const source = m[1].replace(/[\s.,;:]+$/, "").trim();
    if (!source || source.length > 100 || /\baccording\b/i.test(source)) return null;
    if (!URL_RE.test(source) && wordsOf(source).length > 8) return null;
    return source;
  }
  return null;
}

/** A line that could be a headline: short, no final full stop, not a link. */
export function isTitleCandidate(norm: string): boolean {
  if (norm.length < 3 || norm.length > 200 || URL_RE.test(norm)) return false;
  if (/[.,;:]$/.test(norm) && !/\.\.\.$|…$/.test(norm)) return false;
  const words = wordsOf(norm);
  return words.length >= 1 && words.length <= 30 && /\p{L}/u.test(norm);
}

export type THeaderLine = { line: TLine; isDate: boolean };

/**
 * Picks the title among header candidates: a headline printed twice, one next to the date line,
 * a multi-word one, and the one closest to the body win, in that order of weight.
 */
export function pickTitle(header: THeaderLine[], firstBodyText: string | null): TLine | null {
  let best: TLine | null = null;
  let bestScore = -Infinity;
  // A "name + date" line above the body is the opening post's header (forums), not a headline.
  const candidates = header.filter(
    (h) =>
      !h.isDate &&
      isTitleCandidate(h.line.norm) &&
      parseStrongHeader(h.line.norm, NO_NAMES)?.kind !== "dated",
  );
  for (let i = 0; i < candidates.length; i++) {
    const h = candidates[i];
    const index = header.indexOf(h);
    const repeated =
      header.some((o) => o !== h && o.line.norm === h.line.norm) || h.line.norm === firstBodyText;
    const nextToDate = Boolean(header[index - 1]?.isDate || header[index + 1]?.isDate);
    let score = 0;
    if (repeated) score += 3;
    if (nextToDate) score += 2;
    const words = wordsOf(h.line.norm).length;
    if (words >= 4) score += 1;
    // One word ("praise", "Politics") is a section label or a site name far more often than a headline.
    if (words === 1) score -= 1;
    if (i === candidates.length - 1) score += 1;
    if (score >= bestScore) {
      bestScore = score;
      best = h.line;
    }
  }
  return best;
}
