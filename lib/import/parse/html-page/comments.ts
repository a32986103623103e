// Finds the reader comments of a saved HTML page: the family of repeated blocks (same tag and class
// signature, anywhere in the page so that nested replies count too) whose members carry an author,
// a time and text. schema.org/Comment microdata and common comment-system class names are hints that
// raise a family's score, not the only rule. Nesting gives the thread (parentExternalId).
import type { Element } from "domhandler";
import type { TParsedComment } from "@/lib/import/types";
import type { IssueLog } from "../issue-log";
import { checkCommentLength } from "../limits";
import { cleanAuthor } from "./comment-author";
import {
  ownDescendants,
  scoreFamily,
  signatureOf,
  workMeter,
  type TFeatures,
} from "./comment-features";
import { attr, descendants, hintsOf, inlineText } from "./dom";
import { depthsBySpacer } from "./spacer-depth";
import { mentionIn } from "../text-page/comments";
const PINGBACK = /^(pingback|trackback)\b/i;

export type THtmlComments = {
  comments: TParsedComment[];
  container: Element | null;
  members: Element[];
};

/** Sidebars, navigation and footers hold "Recent comments" widgets, never the page's own comments. */
function isInChrome(el: Element): boolean {
  let depth = 0;
  for (
    let p = el.parent as Element | null;
    p && p.type === "tag" && depth < 40;
    p = p.parent as Element | null, depth++
  ) {
    // Not every "widget": Blogger wraps the whole blog, comments included, in one.
    if (
      p.name === "aside" ||
      p.name === "nav" ||
      /(^|[\s_-])(sidebar|widget-area|widget_recent_comments|footer|menu|recentcomments|recent-comments)([\s_-]|$)/.test(
        hintsOf(p),
      )
    )
      return true;
  }
  return false;
}

/** A page with one comment: a block marked as a comment and numbered like one ("comment-53", "c568…"). */
function looksLikeLoneComment(el: Element): boolean {
  const hints = hintsOf(el);
  if (/schema\.org\/comment/.test(hints)) return true;
  return (
    /(^|[\s_-])comment([\s_-]|$)/.test(attr(el, "class").toLowerCase()) &&
    /\d{2,}/.test(attr(el, "id"))
  );
}

/** Every family of at least two same-signature elements, best first; the winner must score ≥ 0.75. */
export function findComments(root: Element, log: IssueLog): THtmlComments {
  const families = new Map<string, Element[]>();
  for (const el of descendants(root)) {
    if (!el.children.length) continue;
    const sig = signatureOf(el);
    const list = families.get(sig);
    if (list) list.push(el);
    else families.set(sig, [el]);
  }
  let best: { members: Element[]; score: number; features: Map<Element, TFeatures> } | null = null;
  // Work stays linear in the page: a family is scored in full only when a sample of it looks right,
  // and scoring stops once the elements read reach a multiple of the page's size.
  const budget = 20 * (families.size + descendants(root).length);
  workMeter.read = 0;
  for (const family of families.values()) {
    const members = family.filter((m) => !isInChrome(m));
    if (members.length === 0) continue;
    if (members.length < 2 && !looksLikeLoneComment(members[0])) continue;
    if (workMeter.read > budget) {
      log.warn(
        "comments",
        "page too complex to search every repeated block for comments; some were not examined",
      );
      break;
    }
    const sample =
      members.length > 5
        ? [members[0], members[Math.floor(members.length / 2)], members[members.length - 1]]
        : members;
    if (members.length > 5 && scoreFamily(sample).score < 0.5) continue;
    const scored = scoreFamily(members);
    const { features } = scored;
    // Replies nested inside their parents: the family that carries the thread beats its inner boxes.
    const memberSet = new Set(members);
    const score = scored.score + (members.some((m) => hasMemberAncestor(m, memberSet)) ? 0.05 : 0);
    if (
      score >= 0.75 &&
      (!best ||
        score > best.score ||
        (score === best.score && members.length > best.members.length))
    )
      best = { members, score, features };
  }
  if (!best) return { comments: [], container: null, members: [] };
  return {
    comments: toComments(best.members, best.features, log),
    container: commonAncestor(best.members),
    members: best.members,
  };
}

function idOf(member: Element, members: ReadonlySet<Element>): string | null {
  const own = attr(member, "id") || attr(member, "data-comment-id") || attr(member, "data-id");
  if (own) return own;
  const anchored = ownDescendants(member, members).find(
    (el) => /\d/.test(attr(el, "id")) || /\d/.test(attr(el, "name")),
  );
  return anchored ? attr(anchored, "id") || attr(anchored, "name") : null;
}

function toComments(
  members: Element[],
  features: Map<Element, TFeatures>,
  log: IssueLog,
): TParsedComment[] {
  const set = new Set(members);
  const comments: TParsedComment[] = [];
  const idByMember = new Map<Element, string>();
  const authorById = new Map<string, string | null>();
  let pingbacks = 0;
  // Rows that do not nest may still be threaded by an indentation spacer.
  const depths = members.some((m) => hasMemberAncestor(m, set))
    ? null
    : depthsBySpacer(members, (m) => ownDescendants(m, set));
  const lastAtDepth: Element[] = [];
  members.forEach((m, i) => {
    const f = features.get(m) as TFeatures;
    // "codinghorror (Jeff Atwood)": the element marked itemprop=name is the name itself.
    const named = f.author
      ? ownDescendants(f.author, set).find((el) => attr(el, "itemprop") === "name")
      : undefined;
    const rawAuthor = f.author ? inlineText(named ?? f.author) : null;
    if (PINGBACK.test(rawAuthor ?? "") || /pingback|trackback/.test(hintsOf(m))) {
      pingbacks++;
      return;
    }
    const where = `comment ${i + 1}`;
    const body = f.body.trim();
    if (!body) {
      log.warn(where, "comment block with no text dropped");
      return;
    }
    const tooLong = checkCommentLength(body);
    if (tooLong) {
      log.error(where, tooLong);
      return;
    }
    const id = idOf(m, set) ?? `html-comment-${i + 1}`;
    idByMember.set(m, id);
    let parent: Element | null = memberAncestor(m, set);
    const depth = depths?.get(m);
    if (depth !== undefined) {
      parent = depth > 0 ? (lastAtDepth[depth - 1] ?? null) : null;
      lastAtDepth[depth] = m;
      lastAtDepth.length = depth + 1;
    }
    const parentId = parent ? (idByMember.get(parent) ?? null) : null;
    const author = rawAuthor ? cleanAuthor(rawAuthor) : null;
    authorById.set(id, author);
    comments.push({
      externalId: id,
      author,
      replyTo: parentId ? (authorById.get(parentId) ?? null) : null,
      parentExternalId: parentId,
      postedAt: f.iso,
      body,
    });
  });
  if (pingbacks)
    log.warn(
      "comments",
      `skipped ${pingbacks} pingback${pingbacks > 1 ? "s" : ""}/trackback${pingbacks > 1 ? "s" : ""} (not reader comments)`,
    );
  // "@nyquist …" in a flat list answers nyquist when nesting does not say.
  const authors = [
    ...new Set(comments.map((c) => c.author).filter((a): a is string => Boolean(a))),
  ].sort((a, b) => b.length - a.length);
  return comments.map((c) => (c.replyTo ? c : { ...c, replyTo: mentionIn(c.body, authors) }));
}

function memberAncestor(m: Element, set: ReadonlySet<Element>): Element | null {
  for (let p = m.parent as Element | null; p; p = p.parent as Element | null)
    if (set.has(p)) return p;
  return null;
}

function hasMemberAncestor(m: Element, set: ReadonlySet<Element>): boolean {
  return memberAncestor(m, set) !== null;
}

/** The nearest element holding every member: for members in document order, that of the first and last. */
function commonAncestor(members: Element[]): Element | null {
  const chain = (el: Element) => {
    const out: Element[] = [];
    for (let p = el.parent as Element | null; p && p.type === "tag"; p = p.parent as Element | null)
      out.push(p);
    return out;
  };
  const last = new Set(chain(members[members.length - 1]));
  return chain(members[0]).find((p) => last.has(p)) ?? null;
}
