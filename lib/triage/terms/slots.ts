// Slots let an admin write one phrase for a whole word class: "never trust a {identity}" covers
// every identity word the lexicon knows, including ones added later.

import { C, LEXICON } from "./lexicon";

export const SLOTS: Record<string, number> = {
  identity: C.IDENT | C.PROXY,
  group: C.GROUP,
  combatant: C.COMBATANT | C.GROUP,
  dehuman: C.DEHUMAN,
  insult: C.INSULT,
  trait: C.TRAIT | C.DEHUMAN | C.INSULT,
  actor: C.ACTOR,
  you: C.YOU,
  they: C.THEY,
  person: C.YOU | C.THEY,
  violent: C.VIOLENT,
  people: C.PEOPLE,
  any: 0xffffffff,
};

export const SLOT_NAMES = Object.keys(SLOTS);

function wordsOf(mask: number): string[] {
  const words = new Set<string>();
  for (const [bit, list] of Object.entries(LEXICON)) {
    if (Number(bit) & mask) for (const w of list.split(/\s+/)) if (w) words.add(w);
  }
  return [...words].sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Regex terms: "{identity}" becomes an alternation of the class's words ("{any}" one word). */
export function expandSlots(pattern: string): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === "any") return "[\\p{L}\\p{N}']+";
    const mask = SLOTS[name];
    return mask ? `(?:${wordsOf(mask).map(escape).join("|")})` : whole;
  });
}
