// Recognises page furniture by its general shape (donation and currency widgets, support, newsletter,
// cookie, share, related-link, navigation lines, comment widgets and forms, counters), never by site name.

import { COMMENT_SECTION_RULES } from "./comment-section-rules";
import { PAGE_FURNITURE_RULES } from "./page-furniture-rules";

export type TLineRole =
  | "comments-start" // a heading or widget that opens a comment section ("12 Comments", "Notify of")
  | "comments-end" // the reply form or footer that follows comments ("Leave a Reply", "Post a Comment")
  | "control" // per-comment buttons and counters ("Reply", "3 likes")
  | "placeholder" // where a comment's image or embed was ("comment image")
  | "pingback" // "Pingback: …", "Trackback von …": a link notice, not a reader's comment
  | "level" // "level 2": a thread depth marker (forums)
  | null;

export type TBoilerplate = { reason: string; role: TLineRole; pageOnly: boolean };

// pageOnly: furniture around the article, but plausible as a reader's words inside a comment section.
export type TRule = {
  reason: string;
  role?: TLineRole;
  pageOnly?: boolean;
  max: number;
  test: (s: string, lower: string) => boolean;
};

// Page furniture first, then the comment sections' own openers, forms, controls and placeholders.
const RULES: TRule[] = [...PAGE_FURNITURE_RULES, ...COMMENT_SECTION_RULES];

/** The reason a normalised line is page furniture, with its role in comment sections; null if content. */
export function classifyBoilerplate(norm: string): TBoilerplate | null {
  if (norm === "" || norm.length > 800) return null;
  const lower = norm.toLowerCase();
  for (const rule of RULES) {
    if (norm.length <= rule.max && rule.test(norm, lower))
      return { reason: rule.reason, role: rule.role ?? null, pageOnly: rule.pageOnly ?? false };
  }
  return null;
}

/** Controls that close one comment in layouts where every comment ends with its buttons. */
export function isTerminatingControl(norm: string): boolean {
  return /^(reply|like|report|share|flag)\b|\b(likes?|points?|votes?|upvotes?)$/i.test(norm);
}
