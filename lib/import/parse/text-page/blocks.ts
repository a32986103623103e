// Classifies every line (blank, furniture, date, content) and groups content lines into blocks:
// runs of lines with no blank line, furniture or date between them, remembering the gap before each.
import { isRelativeTime } from "../dates";
import { classifyBoilerplate, type TBoilerplate } from "./boilerplate";
import { dateOfLine, isScoreAgeLine } from "./header";
import { isProse, type TLine } from "./lines";

export type TLineKind = "blank" | "furniture" | "date" | "content";
export type TClassifiedLine = { line: TLine; kind: TLineKind; furniture: TBoilerplate | null };

export type TBlock = {
  /** Index (into the classified lines) of the block's first and last line. */
  first: number;
  last: number;
  lines: TLine[];
  /** Blank lines right before the block; furniture in between counts as one. */
  gapBefore: number;
  /** Lines joined by spaces, for scoring. */
  text: string;
};

// A list heading ("Related Posts", "Read also") whose items follow on the next lines.
const LIST_HEADING =
  /^(related|read (more|also|next)|see also|more (stories|news|articles)|you (may|might) also|recommended|popular|trending|latest|most (read|popular|viewed)|recent (comments|posts)|archives?|archiv|categories|blogroll|meta|mehr zum thema|weitere artikel|das könnte sie auch interessieren|lesen sie auch|neueste (kommentare|beiträge)|letzte kommentare|lire aussi|à lire aussi|voir aussi|sur le même|articles (similaires|récents)|commentaires récents|leer más|ver también|entradas recientes|comentarios recientes|leggi anche|commenti recenti|lees ook|article (précédent|suivant)|previous (post|article)|next (post|article))\b[^:]*$/i;

function isListItem(norm: string): boolean {
  return norm.length <= 160 && !/[.!]$/.test(norm) && norm.split(" ").length <= 20;
}

// "Tim bei JOVELBUCH", "Dave on My 20 Favourite Albums": a recent-comments widget, when two or more
// such lines follow each other.
const RECENT_COMMENT = /^[^.!?]{1,80}? (?:on|bei|zu|sur|en|su|op|em) .{2,120}$/;

function markRecentCommentRuns(out: TClassifiedLine[]): TClassifiedLine[] {
  let i = 0;
  while (i < out.length) {
    let j = i;
    // Lines a "Recent Comments" heading already made furniture still count towards the run.
    while (
      j < out.length &&
      (out[j].kind === "content" || out[j].furniture?.reason === "related links") &&
      out[j].line.norm.length <= 160 &&
      RECENT_COMMENT.test(out[j].line.norm)
    )
      j++;
    if (j - i >= 2) {
      const furniture = { reason: "recent comments", role: null, pageOnly: false };
      for (let k = i; k < j; k++)
        if (out[k].kind === "content") out[k] = { ...out[k], kind: "furniture", furniture };
      // Its heading ("jovles Kommentiertes") when a short line sits right above the run.
      const head = out[i - 1];
      if (out[i].kind === "furniture" && out[i].furniture !== furniture) {
        i = j;
        continue;
      }
      if (
        head?.kind === "content" &&
        head.line.norm.length <= 40 &&
        !/[.!?,;:]$/.test(head.line.norm)
      )
        out[i - 1] = { ...head, kind: "furniture", furniture };
      i = j;
    } else i = Math.max(j, i + 1);
  }
  return out;
}

// "5 thoughts on “Title”", "4 réponses à « Titre »", "12 Kommentare zu „Titel“": the page names its title.
const NAMED_TITLE =
  /^\S+ (?:thoughts?|responses?|comments?|replies|réponses?|commentaires?|kommentare?|antworten|comentarios?|respuestas?|commenti|risposte|reacties) (?:on|to|zu|auf|à|sur|a|en|su|op) [“"«„‘'‚\s]*(.+?)[”"»“’'\s]*$/i;

/** The title a comment heading names, if the page has such a heading. */
export function namedTitleOf(cls: TClassifiedLine[]): string | null {
  for (const c of cls) {
    if (c.furniture?.role !== "comments-start") continue;
    const m = NAMED_TITLE.exec(c.line.norm);
    if (m) return m[1];
  }
  return null;
}

export function classifyLines(lines: TLine[]): TClassifiedLine[] {
  const cls = markRecentCommentRuns(classifyEach(lines));
  // The headline a comment heading names is never a list item, even right under a sidebar list.
  const named = namedTitleOf(cls)?.toLowerCase();
  if (named) {
    for (let i = 0; i < cls.length; i++) {
      if (
        cls[i].kind === "furniture" &&
        cls[i].furniture?.reason === "related links" &&
        cls[i].line.norm.toLowerCase() === named
      )
        cls[i] = { ...cls[i], kind: "content", furniture: null };
    }
  }
  return cls;
}

function classifyEach(lines: TLine[]): TClassifiedLine[] {
  let inList = false;
  return lines.map((line): TClassifiedLine => {
    if (line.norm === "") {
      inList = false;
      return { line, kind: "blank", furniture: null };
    }
    // Dates first: "30/06/2017" would otherwise pass for a numeric counter.
    // "• 6 days ago": the bullet a comment widget prints before the time is not part of it.
    const bare = line.norm.replace(/^[•·▪◦‣|]\s*/, "");
    if (dateOfLine(bare) || isRelativeTime(bare) || isScoreAgeLine(bare))
      return { line, kind: "date", furniture: null };
    const furniture = classifyBoilerplate(line.norm);
    if (furniture) {
      inList = furniture.reason === "related links" && LIST_HEADING.test(line.norm);
      return { line, kind: "furniture", furniture };
    }
    if (inList && isListItem(line.norm))
      return {
        line,
        kind: "furniture",
        furniture: { reason: "related links", role: null, pageOnly: false },
      };
    inList = false;
    return { line, kind: "content", furniture: null };
  });
}

/**
 * Pages saved without blank lines (one paragraph per line) must be read line by line; a page that
 * uses blank lines keeps single line breaks inside one paragraph or comment.
 */
export function isLineMode(cls: TClassifiedLine[]): boolean {
  const content = cls.filter((c) => c.kind === "content").length;
  const blank = cls.filter((c) => c.kind === "blank").length;
  return content >= 5 && blank < content * 0.1;
}

export function toBlocks(cls: TClassifiedLine[], lineMode: boolean): TBlock[] {
  const blocks: TBlock[] = [];
  let current: TBlock | null = null;
  let gap = 0;
  for (let i = 0; i < cls.length; i++) {
    const c = cls[i];
    if (c.kind !== "content") {
      current = null;
      gap += c.kind === "blank" ? 1 : gap === 0 ? 1 : 0;
      continue;
    }
    if (current && !lineMode) {
      current.lines.push(c.line);
      current.last = i;
      current.text += ` ${c.line.norm}`;
    } else {
      current = { first: i, last: i, lines: [c.line], gapBefore: gap, text: c.line.norm };
      blocks.push(current);
    }
    gap = 0;
  }
  return blocks;
}

/**
 * A headline saved with no blank line before the first paragraph ("Title\nThe mayor resigned…")
 * becomes its own block, so the header reader can see it as a title.
 */
export function splitLeadingHeadings(blocks: TBlock[]): TBlock[] {
  const at = blocks.findIndex((b) => isProse(b.text));
  const block = blocks[at];
  if (!block || block.lines.length < 2) return blocks;
  const firstProse = block.lines.findIndex((l) => isProse(l.norm));
  if (firstProse <= 0) return blocks;
  const heads: TBlock[] = block.lines.slice(0, firstProse).map((line, i) => ({
    first: block.first + i,
    last: block.first + i,
    lines: [line],
    gapBefore: i === 0 ? block.gapBefore : 0,
    text: line.norm,
  }));
  const restLines = block.lines.slice(firstProse);
  const rest: TBlock = {
    first: block.first + firstProse,
    last: block.last,
    lines: restLines,
    gapBefore: 0,
    text: restLines.map((l) => l.norm).join(" "),
  };
  return [...blocks.slice(0, at), ...heads, rest, ...blocks.slice(at + 1)];
}
