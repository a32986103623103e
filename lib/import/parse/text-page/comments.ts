// Assembles comments from comment-section tokens. Two layouts: "merge" (headers like "Jane says:" or
// per-comment Reply buttons delimit comments, so paragraphs between them belong together) and
// "block" (each text block is a comment; a name line right before it is its author).
import type { TParsedComment } from "@/lib/import/types";
import type { IssueLog } from "../issue-log";
import { checkCommentLength } from "../limits";
import type { TClassifiedLine } from "./blocks";
import { tokenizeComments, type TToken } from "./comment-tokens";
import { isUrlOnly, type TLine } from "./lines";
import type { TAuthorHeader } from "./names";

type TDraft = {
  author: string | null;
  replyTo: string | null;
  postedAt: string | null;
  /** The header line, or the first text line of an authorless comment (for "line N" issues). */
  firstLine: TLine;
  paragraphs: string[][];
  placeholders: number;
  /** A header was seen and its text has not started yet. */
  awaiting: boolean;
  /** Merge layout: closed by a Reply/Like control, so following text is a new comment. */
  closed: boolean;
  /** A pingback or trackback: its text is read but it is not a reader comment. */
  pingback: boolean;
  /** Opened by an author header (even one naming nobody, "[deleted]"). */
  headed: boolean;
};

// "ByteSmith said:" at the top of a comment quotes an earlier comment; it is not a new header.
const QUOTE_HEADER = /\b(said|wrote|schrieb|a écrit|escribió|scrisse|schreef|escreveu)\s*:?\s*$/i;

function newDraft(firstLine: TLine, header: TAuthorHeader | null): TDraft {
  return {
    author: header?.author ?? null,
    replyTo: header?.replyTo ?? null,
    postedAt: header?.postedAt ?? null,
    firstLine,
    paragraphs: [],
    placeholders: 0,
    awaiting: header !== null,
    closed: false,
    pingback: false,
    headed: header !== null,
  };
}

/** "@John Smith exactly…" answers John Smith when he commented on the page, else the first word. */
export function mentionIn(body: string, authors: string[]): string | null {
  if (!body.startsWith("@")) return null;
  const rest = body.slice(1);
  const known = authors.find(
    (a) => rest.startsWith(a) && !/[\p{L}\p{N}]/u.test(rest.charAt(a.length)),
  );
  if (known) return known;
  const handle = /^[\p{L}\p{N}_.-]{2,40}/u.exec(rest)?.[0].replace(/[.-]+$/, "");
  return handle || null;
}

export type TCommentsResult = {
  comments: TParsedComment[];
  mode: "merge" | "block" | "lines";
  authorLines: number;
};

export function assembleComments(
  cls: TClassifiedLine[],
  lineMode: boolean,
  log: IssueLog,
): TCommentsResult {
  const { tokens, weakUnsure } = tokenizeComments(cls, lineMode);
  for (const w of weakUnsure)
    log.warn(
      `line ${w.line.no}`,
      `"${w.line.norm}" read as an author name (confidence ${w.score.toFixed(2)})`,
    );
  const headers = tokens.filter((t) => t.t === "header");
  const strong = headers.filter((t) => t.t === "header" && t.strong).length;
  let terminators = 0;
  let textSeen = false;
  for (const t of tokens) {
    if (t.t === "text") textSeen = true;
    else if (t.t === "control" && t.terminator && textSeen) terminators++;
  }
  const signatures = tokens.filter((t) => t.t === "signature").length;
  const merge = (strong > 0 && strong * 2 >= headers.length) || terminators >= 2 || signatures >= 2;
  const mode: TCommentsResult["mode"] = merge ? "merge" : lineMode ? "lines" : "block";

  const drafts: TDraft[] = [];
  let cur: TDraft | null = null;
  let prev: TToken | null = null;
  let relativeSeen = false;
  // Thread depth from "level N" markers: the latest author at each level answers the level above.
  let pendingLevel: number | null = null;
  const authorAtLevel: (string | null)[] = [];
  const open = (d: TDraft): TDraft => {
    drafts.push(d);
    return d;
  };
  // The next token that carries content (text, header, time, pingback) after index i.
  const nextContent = (i: number): TToken | undefined => {
    for (let k = i + 1; k < tokens.length; k++)
      if (!["gap", "furniture", "control", "level"].includes(tokens[k].t)) return tokens[k];
    return undefined;
  };
  for (const [index, tok] of tokens.entries()) {
    if (
      tok.t === "header" &&
      tok.header.kind === "says" &&
      cur?.awaiting &&
      QUOTE_HEADER.test(tok.line.norm)
    ) {
      cur.paragraphs.push([tok.line.text]);
      cur.awaiting = false;
      prev = { t: "text", line: tok.line };
      continue;
    }
    if (tok.t === "level") {
      pendingLevel = tok.level;
    } else if (tok.t === "pingback") {
      cur = open(newDraft(tok.line, null));
      cur.pingback = true;
      cur.awaiting = true;
    } else if (tok.t === "header") {
      cur = open(newDraft(tok.line, tok.header));
      if (pendingLevel !== null) {
        authorAtLevel.length = pendingLevel;
        authorAtLevel[pendingLevel - 1] = tok.header.author;
        if (pendingLevel > 1 && !cur.replyTo) cur.replyTo = authorAtLevel[pendingLevel - 2] ?? null;
        pendingLevel = null;
      }
      if (tok.header.replyGuessed) {
        log.warn(
          `line ${tok.line.no}`,
          `"${tok.line.norm}" read as author "${tok.header.author}" replying to "${tok.header.replyTo}"`,
        );
      }
      relativeSeen ||= tok.header.relativeTime;
    } else if (tok.t === "signature") {
      // A signature closes the comment above it; with nothing above to sign, it heads the next one.
      if (cur && cur.paragraphs.length && !cur.author && !cur.closed) {
        cur.author = tok.header.author;
        cur.postedAt ??= tok.header.postedAt;
        cur.closed = true;
      } else cur = open(newDraft(tok.line, tok.header));
    } else if (tok.t === "time") {
      // Most layouts print the time under the name; Blogger prints it under the text. A time after
      // a blank line, below a finished comment, opens the next (authorless, date-first) comment.
      if (
        cur &&
        cur.paragraphs.length &&
        !cur.awaiting &&
        prev?.t === "gap" &&
        !lineMode &&
        nextContent(index)?.t === "text"
      ) {
        cur = open(newDraft(tok.line, null));
        cur.awaiting = true;
        cur.postedAt = tok.iso;
      } else if (cur && !cur.postedAt) cur.postedAt = tok.iso;
      relativeSeen ||= tok.relative;
    } else if (tok.t === "control") {
      if (tok.replyTo && cur) cur.replyTo ??= tok.replyTo;
      if (merge && tok.terminator && cur && cur.paragraphs.length) cur.closed = true;
    } else if (tok.t === "placeholder") {
      if (cur && !cur.closed && (cur.awaiting || merge || prev?.t === "text")) cur.placeholders++;
      else open(newDraft(tok.line, null)).placeholders++;
    } else if (tok.t === "text") {
      const text = tok.line.text;
      const last = cur?.paragraphs[cur.paragraphs.length - 1];
      if (cur?.awaiting) {
        cur.paragraphs.push([text]);
        cur.awaiting = false;
      } else if (cur && last && !cur.closed && prev?.t === "text" && !lineMode) {
        last.push(text); // same block: a line break inside one comment
      } else if (cur && last && !cur.closed && merge) {
        cur.paragraphs.push([text]);
      } else if (cur && last && lineMode && isUrlOnly(tok.line.norm)) {
        last.push(text); // a bare link on its own line belongs to the comment that introduced it
      } else {
        cur = open(newDraft(tok.line, null));
        cur.paragraphs.push([text]);
      }
    }
    prev = tok;
  }
  if (relativeSeen)
    log.warnOnce(
      "relative-time",
      "comments",
      'relative timestamps such as "3 hours ago" cannot be dated; postedAt left null',
    );

  const authors = [
    ...new Set(drafts.map((d) => d.author).filter((a): a is string => Boolean(a))),
  ].sort((a, b) => b.length - a.length);
  const comments: TParsedComment[] = [];
  const pingbacks = drafts.filter((d) => d.pingback).length;
  if (pingbacks)
    log.warn(
      "comments",
      `skipped ${pingbacks} pingback${pingbacks > 1 ? "s" : ""}/trackback${pingbacks > 1 ? "s" : ""} (not reader comments)`,
    );
  // Text after the last of comments that all have authors and end with their buttons is the page's
  // footer ("Applications are open…", "Search:"), not an anonymous comment.
  const authored = drafts.filter((d) => d.author && !d.pingback).length;
  let footerFrom = drafts.length;
  while (
    merge &&
    authored >= 2 &&
    footerFrom > 1 &&
    !drafts[footerFrom - 1].headed &&
    !drafts[footerFrom - 1].author &&
    !drafts[footerFrom - 1].pingback &&
    drafts[footerFrom - 2].closed
  )
    footerFrom--;
  if (footerFrom < drafts.length)
    log.warn(
      `line ${drafts[footerFrom].firstLine.no}`,
      "text after the last comment read as page footer, not as a comment",
    );
  // Above the first header of a headed comment list: a frame's own labels ("SitePoint", "Favorite",
  // "Sign in with"), short lines no reader writes as a comment.
  let preambleTo = 0;
  const firstHeaded = drafts.findIndex((d) => d.headed);
  if (firstHeaded > 0 && authored >= 2) {
    while (
      preambleTo < firstHeaded &&
      drafts[preambleTo].paragraphs
        .flat()
        .every((l) => l.split(/\s+/).length <= 4 && !/[.!?…]$/.test(l))
    )
      preambleTo++;
    if (preambleTo > 0)
      log.warn(
        `line ${drafts[0].firstLine.no}`,
        "short labels above the first comment read as the comment frame, not as comments",
      );
  }
  for (const d of drafts.slice(preambleTo, footerFrom)) {
    if (d.pingback) continue;
    const where = `line ${d.firstLine.no}`;
    const body = d.paragraphs
      .map((p) => p.join("\n"))
      .join("\n\n")
      .trim();
    if (!body) {
      if (d.placeholders)
        log.warn(where, "comment with only an image or embed placeholder dropped (no text)");
      else log.warn(where, `author line "${d.firstLine.norm}" has no comment text; dropped`);
      continue;
    }
    const tooLong = checkCommentLength(body);
    if (tooLong) {
      log.error(where, tooLong);
      continue;
    }
    comments.push({
      externalId: null,
      author: d.author,
      replyTo: d.replyTo ?? mentionIn(body, authors),
      parentExternalId: null,
      postedAt: d.postedAt,
      body,
    });
  }
  return { comments, mode, authorLines: headers.length };
}
