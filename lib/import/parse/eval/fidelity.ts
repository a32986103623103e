// Scores a parse against hand-written gold: the title, phrases the body must contain, boilerplate it
// must not contain, and every comment's author and first words (in page order), plus replyTo where
// the gold names it. Fidelity is the share of these checks that pass (0..1).
import type { TParsedArticle } from "@/lib/import/types";

export type TGoldComment = { author: string | null; firstWords: string; replyTo?: string | null };
/** `titleIn`: the title a format shows when it differs (a page's copied text has no <title>). */
export type TGold = {
  title: string | null;
  titleIn?: Record<string, string | null>;
  bodyPhrases: string[];
  notInBody: string[];
  comments: TGoldComment[];
};
export type TCheck = { what: string; ok: boolean; detail?: string };
export type TFidelity = { score: number; passed: number; total: number; failed: TCheck[] };

const norm = (s: string | null | undefined): string =>
  (s ?? "")
    .normalize("NFC")
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .toLowerCase();

// A comment "starts with" its first words when they occur within its opening (a quoted line or a
// comment title printed above the text may come first).
const OPENING = 240;

/** `threads: false` skips the replyTo checks (a format that does not show the thread, e.g. copied text). */
export function scoreParse(
  article: TParsedArticle | null,
  gold: TGold,
  opts: { threads?: boolean; format?: string } = {},
): TFidelity {
  const checks: TCheck[] = [];
  const body = norm(article?.body);
  const title =
    opts.format && gold.titleIn && opts.format in gold.titleIn
      ? gold.titleIn[opts.format]
      : gold.title;
  checks.push({
    what: "title",
    ok: norm(article?.title) === norm(title),
    detail: `got ${JSON.stringify(article?.title ?? null)}`,
  });
  for (const p of gold.bodyPhrases)
    checks.push({ what: `body has "${p}"`, ok: body.includes(norm(p)) });
  for (const p of gold.notInBody)
    checks.push({ what: `body lacks "${p}"`, ok: !body.includes(norm(p)) });
  const found = article?.comments ?? [];
  checks.push({
    what: "comment count",
    ok: found.length === gold.comments.length,
    detail: `got ${found.length}, want ${gold.comments.length}`,
  });
  let next = 0;
  for (const [i, g] of gold.comments.entries()) {
    const words = norm(g.firstWords);
    let at = -1;
    for (let k = next; k < found.length; k++) {
      if (
        norm(found[k].body)
          .slice(0, OPENING + words.length)
          .includes(words)
      ) {
        at = k;
        break;
      }
    }
    checks.push({ what: `comment ${i + 1} found ("${g.firstWords}")`, ok: at >= 0 });
    const c = at >= 0 ? found[at] : null;
    checks.push({
      what: `comment ${i + 1} author`,
      ok: Boolean(c) && norm(c?.author) === norm(g.author),
      detail: `got ${JSON.stringify(c?.author ?? null)}, want ${JSON.stringify(g.author)}`,
    });
    if (g.replyTo !== undefined && opts.threads !== false)
      checks.push({
        what: `comment ${i + 1} replyTo`,
        ok: Boolean(c) && norm(c?.replyTo) === norm(g.replyTo),
        detail: `got ${JSON.stringify(c?.replyTo ?? null)}`,
      });
    if (at >= 0) next = at + 1;
  }
  const passed = checks.filter((c) => c.ok).length;
  return {
    score: checks.length ? passed / checks.length : 1,
    passed,
    total: checks.length,
    failed: checks.filter((c) => !c.ok),
  };
}
