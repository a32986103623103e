// Scores how much a paragraph reads like a reader's comment rather than news copy, from general
// style signals: length, first/second person, questions and exclamations, URLs, emoticons, casing.

const FIRST_SECOND_PERSON =
  /\b(i|i'm|i'd|i've|i'll|im|me|my|mine|myself|you|your|you're|u|ur|yours|we're|lol|imo|imho|btw)\b/i;
const INFORMAL =
  /\b(lol|lmao|rofl|haha+|omg|wtf|bruh|dude|guys|yea|yeah|yep|nope|gonna|wanna|idiot|imbecile|stupid|damn|hell|pls|plz|thx)\b/i;
const EMOTICON =
  /(?:^|\s)(?::-?[)(DPp/\\|]|;-?\)|xD|XD|<3|\^\^|:'\()|[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/u;
const OPINION =
  /\b(should|must|need to|needs to|have to|has to|i think|i believe|i hope|seems|hopefully|obviously|of course|clearly|why|who cares)\b/i;
// Reporting language: attribution, official sources, and dated events.
const NEWS =
  /\b(according to|reportedly|reported|said|says|stated|claimed|claims|announced|confirmed|sources?|officials?|spokesm[ae]n|ministry|observatory|agency|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (week|month|night|weekend)|on (january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2})\b/gi;

const clamp = (x: number) => Math.min(0.97, Math.max(0.03, x));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Probability-like score in (0, 1): high for comment-like text, low for article-like text. */
export function commentLikelihood(text: string): number {
  const t = text.length > 4000 ? text.slice(0, 4000) : text;
  const len = text.length;
  let s = 0;
  if (len < 60) s += 1.0;
  else if (len < 120) s += 0.4;
  else if (len > 400) s -= 1.2;
  else if (len > 250) s -= 0.7;
  if (FIRST_SECOND_PERSON.test(t)) s += 1.0;
  if (INFORMAL.test(t)) s += 0.8;
  if (EMOTICON.test(t)) s += 1.0;
  if (/https?:\/\/|www\./i.test(t)) s += 0.8;
  if (/[?!]/.test(t)) s += 0.6;
  if (/[?!]{2,}|\.{4,}|…{2,}/.test(t)) s += 0.5;
  if (/^\p{Ll}/u.test(t)) s += 0.8;
  if (OPINION.test(t)) s += 0.4;
  if (/\b\p{Lu}{2,}\b.*\b\p{Lu}{5,}\b/u.test(t) && /\b(never|why|all|every)\b/i.test(t)) s += 0.3;
  if (!/[.!?…"”)\]:]$/.test(t.trim())) s += 0.3;
  const news = Math.min(3, (t.match(NEWS) ?? []).length);
  s -= 0.6 * news;
  // Formal copy names many people, places and units: a high share of capitalised words.
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length >= 12) {
    const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
    if (caps > 0.25) s -= 0.4;
    if (/\b\d{2,}\b/.test(t) && news > 0) s -= 0.2;
  }
  return clamp(sigmoid(s - 0.3));
}
