// Slurs and other one-word hate terms misspelled by one slip ("fgagots", "nigers", "trannys"):
// found for a token no list or English word knows, at a little less than the term's weight.

import { isEnglishToken } from "../text/english";
import { createFuzzyIndex, type TFuzzyIndex } from "../text/fuzzy-index";
import type { TRuleContext } from "./match";
import type { TCompiled } from "./term-matcher";

/** A misspelling is a little less certain than the word itself. */
const MISSPELT_FACTOR = 0.9;
/** Five letters at least: shorter slurs are a slip away from too many ordinary words. */
const LIMITS = { editMinLength: 5, swapMinLength: 5, jumbleMinLength: 7 };

export type TMisspeltTerms = { index: TFuzzyIndex; entries: TCompiled[] };

/** One-word hate terms by spelling; a prefix term ("faggot*") by its stem and plural. */
export function indexMisspellings(singles: TCompiled[]): TMisspeltTerms {
  const index = createFuzzyIndex();
  const entries: TCompiled[] = [];
  const seen = new Set<string>();
  for (const c of singles) {
    if (c.entry.harm !== "hate") continue;
    const el = c.elements[0];
    const forms =
      el.type === "word" ? [el.word] : el.type === "prefix" ? [el.prefix, `${el.prefix}s`] : [];
    for (const form of forms) {
      if (form.length < LIMITS.editMinLength - 1 || seen.has(form)) continue;
      seen.add(form);
      index.add(form, entries.length);
    }
    entries.push(c);
  }
  return { index, entries };
}

export function matchMisspelt(ctx: TRuleContext, terms: TMisspeltTerms, i: number): void {
  const { doc } = ctx;
  const len = doc.tokBaseEnd[i] - doc.tokStart[i];
  // Five letters in the token too: "chik" is not a slur that lost a letter.
  if (len < LIMITS.editMinLength || len > 20) return;
  if (!terms.index.mayMatch(doc.norm, doc.tokStart[i], doc.tokBaseEnd[i])) return;
  if (isEnglishToken(doc, i)) return;
  const token = doc.norm.slice(doc.tokStart[i], doc.tokBaseEnd[i]);
  if (!/^[a-z]+$/.test(token)) return;
  const hit = terms.index.lookup(token, LIMITS);
  if (!hit) return;
  const c = terms.entries[hit.value];
  ctx.out.push({
    harm: c.entry.harm,
    from: i,
    to: i + 1,
    normFrom: doc.tokStart[i],
    normTo: doc.tokEnd[i],
    weight: c.entry.weight * MISSPELT_FACTOR,
    reason: `${c.entry.reason} (misspelled)`,
    ownsNegation: c.ownsNegation,
  });
}
