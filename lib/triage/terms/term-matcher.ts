// Compiles the admin term list once (words and phrases by hash, regexes precompiled) and finds
// its occurrences in a prepared comment. Patterns go through the same normaliser as comments.

import { prepareDoc, tokenIs, type TDoc } from "../text/doc";
import { FNV_OFFSET, FNV_PRIME } from "../text/hash";
import { createTrigramFilter } from "../text/trigram-filter";
import { createWordIndex } from "../text/word-index";
import { createWordValues } from "../text/word-set";
import { indexMisspellings, matchMisspelt } from "./misspelt-terms";
import { C } from "./lexicon";
import type { TMatch, TRuleContext } from "./match";
import type { TTermEntry } from "./schema";
import { expandSlots, SLOTS } from "./slots";

export type TElement =
  | { type: "word"; word: string }
  | { type: "prefix"; prefix: string }
  | { type: "slot"; mask: number }
  | { type: "gap"; max: number };

export type TCompiled = { entry: TTermEntry; elements: TElement[]; ownsNegation: boolean };

export type TTermMatcher = {
  match: (ctx: TRuleContext) => void;
  /** Entries that could not be compiled (skipped), with why. */
  errors: Array<{ pattern: string; message: string }>;
};

const NEGATOR_WORDS =
  /^(not|no|never|don't|dont|doesn't|doesnt|can't|cant|cannot|won't|wont|isn't|aren't|n't)$/;

function normaliseWords(text: string): string[] {
  const doc = prepareDoc(text);
  const words: string[] = [];
  for (let i = 0; i < doc.count; i++)
    words.push(doc.norm.slice(doc.tokStart[i], doc.tokBaseEnd[i]));
  return words;
}

function compileElements(entry: TTermEntry): TElement[] {
  const elements: TElement[] = [];
  for (const part of entry.pattern.trim().split(/\s+/)) {
    const slot = /^\{(\w+)\}$/.exec(part);
    if (slot) elements.push({ type: "slot", mask: SLOTS[slot[1]] ?? 0 });
    else if (part === "...") elements.push({ type: "gap", max: 3 });
    else if (part.endsWith("*") && part.length > 3) {
      const words = normaliseWords(part.replace(/\*+$/, ""));
      words.forEach((w, k) =>
        elements.push(
          k === words.length - 1 ? { type: "prefix", prefix: w } : { type: "word", word: w },
        ),
      );
    } else for (const w of normaliseWords(part)) elements.push({ type: "word", word: w });
  }
  return elements;
}

/** First three letters as a key: prefix terms are found without scanning the whole list. */
function key3(s: string, from: number): number {
  let h = FNV_OFFSET;
  for (let k = from; k < from + 3; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}

export function compileTermMatcher(entries: TTermEntry[]): TTermMatcher {
  const errors: TTermMatcher["errors"] = [];
  // Entries by their first word: exact words by the doc's word numbers, stretched ones squeezed.
  const byWord = createWordIndex<TCompiled>();
  const wordFirst: Array<[string, TCompiled]> = [];
  const byPrefix = new Map<number, TCompiled[]>();
  const bySlot: TCompiled[] = [];
  const regexes: Array<{ entry: TTermEntry; re: RegExp }> = [];
  const all: TCompiled[] = [];
  for (const entry of entries) {
    if (entry.enabled === false) continue;
    try {
      if (entry.kind === "regex") {
        regexes.push({ entry, re: new RegExp(expandSlots(entry.pattern), "giu") });
        continue;
      }
      const elements = compileElements(entry);
      if (elements.length === 0 || elements[0].type === "gap")
        throw new Error("pattern has no words");
      const ownsNegation = elements.some((e) => e.type === "word" && NEGATOR_WORDS.test(e.word));
      const compiled: TCompiled = { entry, elements, ownsNegation };
      const first = elements[0];
      all.push(compiled);
      if (first.type === "word") {
        byWord.add(first.word, compiled);
        wordFirst.push([first.word, compiled]);
      } else if (first.type === "prefix") {
        if (first.prefix.length < 3) throw new Error("a prefix needs at least three letters");
        const k = key3(first.prefix, 0);
        byPrefix.set(k, [...(byPrefix.get(k) ?? []), compiled]);
      } else bySlot.push(compiled);
    } catch (error) {
      errors.push({ pattern: entry.pattern, message: (error as Error).message });
    }
  }
  const startingWith = createWordValues(wordFirst);
  const candidates: TCompiled[] = [];
  const prefixStarts = createTrigramFilter(
    all.flatMap((c) => (c.elements[0].type === "prefix" ? [c.elements[0].prefix] : [])),
  );
  const slotMask = bySlot.reduce(
    (m, c) => m | (c.elements[0].type === "slot" ? c.elements[0].mask : 0),
    0,
  );
  // One-word entries, for masked words ("f*ck", "sh**t") that no hash lookup can find.
  const singles = all.filter((c) => c.elements.length === 1 && c.elements[0].type !== "slot");
  const misspelt = indexMisspellings(singles);

  function matchMasked(ctx: TRuleContext, i: number): void {
    const { doc } = ctx;
    const token = doc.norm.slice(doc.tokStart[i], doc.tokBaseEnd[i]);
    const stars = token.split("*").length - 1;
    if (stars * 2 > token.length) return;
    const best = new Map<string, TCompiled>();
    for (const c of singles) {
      const el = c.elements[0];
      const target = el.type === "word" ? el.word : el.type === "prefix" ? el.prefix : "";
      if (
        !target ||
        (el.type === "word" ? token.length !== target.length : token.length < target.length)
      )
        continue;
      let ok = true;
      for (let k = 0; k < target.length && ok; k++) ok = token[k] === target[k] || token[k] === "*";
      const previous = best.get(c.entry.harm);
      if (ok && (!previous || previous.entry.weight < c.entry.weight)) best.set(c.entry.harm, c);
    }
    for (const c of best.values()) push(ctx.out, doc, c, i, i + 1);
  }

  function matchTokens(ctx: TRuleContext): void {
    const { doc } = ctx;
    const anyMask = doc.norm.indexOf("*") >= 0;
    for (let i = 0; i < doc.count; i++) {
      if (candidates.length !== 0) candidates.length = 0;
      const exact = startingWith(doc, i);
      if (exact !== null) for (const c of exact) candidates.push(c);
      else if (doc.tokSqueezed[i] !== 0) byWord.lookup(doc, i, candidates);
      const start = doc.tokStart[i];
      if (byPrefix.size > 0 && doc.tokBaseEnd[i] - start >= 3) {
        const list =
          prefixStarts.has(doc.norm, start) || !isAsciiWord(doc.norm, start)
            ? byPrefix.get(key3(doc.norm, start))
            : undefined;
        if (list) for (const c of list) candidates.push(c);
        else if (doc.tokSqueezed[i] !== 0) matchStretchedPrefix(ctx, i);
      }
      if (ctx.cls[i] & slotMask) for (const c of bySlot) candidates.push(c);
      const found = ctx.out.length;
      for (const c of candidates) {
        const end = matchFrom(ctx, c.elements, 0, i);
        if (end > i) push(ctx.out, doc, c, i, end);
      }
      if (anyMask && candidates.length === 0 && hasMask(doc, i)) matchMasked(ctx, i);
      else if (ctx.out.length === found && ctx.cls[i] === 0) matchMisspelt(ctx, misspelt, i);
    }
  }

  /** "fuuuuck" against "fuck*": compare the stretched word with its letters squeezed. */
  function matchStretchedPrefix(ctx: TRuleContext, i: number): void {
    const squeezed = ctx.doc.norm
      .slice(ctx.doc.tokStart[i], ctx.doc.tokBaseEnd[i])
      .replace(/(.)\1+/g, "$1");
    if (squeezed.length < 3) return;
    for (const c of byPrefix.get(key3(squeezed, 0)) ?? []) {
      const el = c.elements[0];
      if (
        c.elements.length === 1 &&
        el.type === "prefix" &&
        squeezed.startsWith(el.prefix.replace(/(.)\1+/g, "$1"))
      )
        push(ctx.out, ctx.doc, c, i, i + 1);
    }
  }

  function matchRegexes(ctx: TRuleContext): void {
    const { doc } = ctx;
    for (const { entry, re } of regexes) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(doc.norm)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const normFrom = m.index;
        const normTo = m.index + m[0].length;
        const [from, to] = tokensOverlapping(doc, normFrom, normTo);
        ctx.out.push({
          harm: entry.harm,
          from,
          to,
          normFrom,
          normTo,
          weight: entry.weight,
          reason: entry.reason,
        });
      }
    }
  }

  return {
    errors,
    match(ctx) {
      matchTokens(ctx);
      if (regexes.length > 0) matchRegexes(ctx);
    },
  };
}

function push(out: TMatch[], doc: TDoc, c: TCompiled, from: number, to: number): void {
  out.push({
    harm: c.entry.harm,
    from,
    to,
    normFrom: doc.tokStart[from],
    normTo: doc.tokEnd[to - 1],
    weight: c.entry.weight,
    reason: c.entry.reason,
    ownsNegation: c.ownsNegation,
  });
}

/** Matches elements[k..] starting at token i; returns the token index after the match, or -1. */
function matchFrom(ctx: TRuleContext, elements: TElement[], k: number, i: number): number {
  if (k === elements.length) return i;
  const el = elements[k];
  const { doc } = ctx;
  if (el.type === "gap") {
    for (let skip = 0; skip <= el.max; skip++) {
      if (i + skip > doc.count) break;
      if (skip > 0 && doc.sentence[i + skip - 1] !== doc.sentence[i > 0 ? i - 1 : 0]) break;
      const end = matchFrom(ctx, elements, k + 1, i + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= doc.count) return -1;
  if (k > 0 && doc.sentence[i] !== doc.sentence[i - 1]) return -1;
  let ok = false;
  if (el.type === "word") ok = k === 0 || tokenIs(doc, i, el.word);
  else if (el.type === "prefix") ok = doc.norm.startsWith(el.prefix, doc.tokStart[i]);
  else ok = (ctx.cls[i] & el.mask) !== 0;
  if (!ok) return -1;
  if (el.type === "slot" && el.mask & C.IDENT) {
    // "{identity}" covers "black people", "trans people", "gay man": the word for people goes with it.
    let j = i + 1;
    while (
      j < doc.count &&
      j <= i + 2 &&
      ctx.cls[j] & C.PEOPLE &&
      doc.sentence[j] === doc.sentence[i]
    )
      j++;
    if (j > i + 1) {
      const end = matchFrom(ctx, elements, k + 1, j);
      if (end >= 0) return end;
    }
  }
  return matchFrom(ctx, elements, k + 1, i + 1);
}

/** The trigram filter only knows a-z: other first letters go to the map directly. */
function isAsciiWord(s: string, at: number): boolean {
  for (let k = at; k < at + 3; k++) {
    const c = s.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function hasMask(doc: TDoc, i: number): boolean {
  for (let k = doc.tokStart[i] + 1; k < doc.tokEnd[i]; k++)
    if (doc.norm.charCodeAt(k) === 42) return true;
  return false;
}

function tokensOverlapping(doc: TDoc, normFrom: number, normTo: number): [number, number] {
  let from = 0;
  while (from < doc.count && doc.tokEnd[from] <= normFrom) from++;
  let to = from;
  while (to < doc.count && doc.tokStart[to] < normTo) to++;
  if (to === from)
    return [Math.min(from, Math.max(doc.count - 1, 0)), Math.min(from + 1, doc.count)];
  return [from, to];
}
