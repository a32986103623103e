// Counter-speech frame for stage 2. The terms analyzer marks counter-speech only on a hate match it
// suppresses, so a comment that condemns a hateful statement worded without listed terms
// ("saying women belong in the kitchen is wrong") reaches stage 2 with no frame and the encoder
// reads the quoted statement as hate. This reads the frame from tokens, with the terms analyzer's
// own word classes: a reporting verb followed by an identity group, condemned in the same sentence
// or the next, or rejected by the frame itself ("stop saying", "tired of hearing", "never say").

import { C, LEXICON } from "../terms/lexicon";

const words = (...s: string[]) => new Set(s.join(" ").split(/\s+/).filter(Boolean));

/** Reporting verbs: the terms analyzer's, plus verbs of thinking and hearing that report a claim. */
const REPORT = words(
  LEXICON[C.REPORT],
  "think thinks thought believe believes believing hear hearing heard write writes writing written tell tells telling told suggest suggests suggesting",
);
const CONDEMN = words(LEXICON[C.CONDEMN], LEXICON[C.META]);
/** A group named: an identity word, or a word for people ("black people", "disabled folks"). */
const IDENT = words(LEXICON[C.IDENT], LEXICON[C.PROXY], "people person persons folk folks");
const NEGATOR = words(LEXICON[C.NEGATOR], "can't cant cannot stop quit");
const REJECT = words(LEXICON[C.HATE_VERB], "sick tired");
/** Words that may lead an addressed rejection ("please stop …", "you can't …", "people should not …"). */
const ADDRESS = words("please so just you we people everyone everybody should must really");
/** "can't stand people who say …" */
const STAND = "stand";
/** "… is never ok", "not acceptable": a negated approval condemns. */
const APPROVAL = words("ok okay acceptable fine alright right funny");

const TOKEN = /[a-z]+(?:['’][a-z]+)?/g;

function sentences(text: string): string[][] {
  return text
    .toLowerCase()
    .split(/[.!?\n]+/)
    .map((s) => (s.match(TOKEN) ?? []).map((w) => w.replace(/’/g, "'")))
    .filter((s) => s.length);
}

/** Words that close the reported clause: "saying X are vermin | is disgusting", "… | should be ashamed". */
const CLOSE = words("is was 's should must needs need makes make says shows");

/** Whether `s` condemns outside the reported clause that starts at `r` and names its group at `g`. */
function condemns(s: string[], r = -1, g = -1): boolean {
  let closed = r < 0;
  for (let k = 0; k < s.length; k++) {
    if (k > g + 1 && CLOSE.has(s[k])) closed = true;
    if (k >= r && k <= g + 1) continue;
    if (k > g && !closed) continue;
    const w = s[k];
    if (CONDEMN.has(w)) return true;
    if (APPROVAL.has(w) && k > 0 && (s[k - 1] === "not" || s[k - 1] === "never")) return true;
  }
  return false;
}

/** "Stop saying …", "you can't say …", "we shouldn't call …": the rejection is addressed to others,
 * unlike "I'd never say X are good", which negates a positive. */
function addressed(s: string[], n: number): boolean {
  const lead = s.slice(0, n);
  return lead.every((w) => ADDRESS.has(w));
}

/**
 * 1 when a sentence reports a statement about an identity group and condemns or rejects it, 0
 * otherwise. A condemnation counts before the reporting verb, after the reported clause has closed
 * ("… is disgusting", "… should be ashamed") or early in the next sentence; one inside the clause
 * ("people say X are disgusting") is the statement, not its rejection.
 */
export function counterSpeechFrame(text: string): number {
  const ss = sentences(text);
  for (let i = 0; i < ss.length; i++) {
    const s = ss[i];
    for (let r = 0; r < s.length; r++) {
      if (!REPORT.has(s[r])) continue;
      const found = s.slice(r + 1, r + 9).findIndex((w) => IDENT.has(w));
      if (found < 0) continue;
      const g = r + 1 + found;
      const before = s.slice(Math.max(0, r - 5), r);
      const n = s[r - 1] === "just" ? r - 2 : r - 1;
      const negated = NEGATOR.has(s[n] ?? "") && addressed(s, n);
      const stand = before.some((w, k) => w === STAND && NEGATOR.has(before[k - 1] ?? ""));
      if (negated || stand || before.some((w) => REJECT.has(w))) return 1;
      if (condemns(s, r, g)) return 1;
      if (i + 1 < ss.length && condemns(ss[i + 1].slice(0, 6))) return 1;
    }
  }
  return 0;
}
