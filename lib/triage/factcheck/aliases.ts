// Alias and synonym folding: readers name the same actors many ways ("Daesh", "ISIL", "amerika"),
// and a claim only matches a comment if both fold to one index term.

/**
 * Canonical actor → the word sequences (lower-case, accents folded) that name it. The canonical
 * term is not stemmed, so it never collides with an ordinary word ("isis" would stem to "isi").
 */
const ACTOR_ALIASES: Record<string, string[]> = {
  isis: [
    "isis", "isil", "daesh", "daish", "daeshbag", "daeshbags", "isus", "islamic state",
    "islamic state of iraq", "islamic state of iraq and syria", "islamic state of iraq and the levant",
    "islamic state in iraq and syria", "so called islamic state", "islamicstate",
  ],
  usa: [
    "usa", "u s a", "u s", "america", "american", "americans", "amerika", "amerikan", "amerikkka",
    "amerikkkan", "murica", "united states", "united states of america", "us of a", "washington dc",
  ],
  israel: ["israel", "israeli", "israelis", "zionist entity", "zionist regime"],
  opcw: [
    "opcw", "organisation for the prohibition of chemical weapons",
    "organization for the prohibition of chemical weapons",
  ],
  syria: ["syria", "syrian", "syrians"],
  russia: ["russia", "russian", "russians", "russian federation"],
  iran: ["iran", "iranian", "iranians"],
  turkey: ["turkey", "turkish", "turks"],
  saudi: ["saudi", "saudis", "saudi arabia", "ksa"],
  nato: ["nato", "north atlantic treaty organization", "north atlantic treaty organisation"],
  cia: ["cia", "central intelligence agency"],
  mossad: ["mossad"],
  saa: ["saa", "syrian arab army", "syrian army"],
};

/** Phrases that stand for an actor and also keep their own words ("watchdog" is not only OPCW). */
const EXPANSIONS: Record<string, string[]> = {
  "chemical weapons watchdog": ["opcw", "chemical", "weapons", "watchdog"],
  "chemical watchdog": ["opcw", "chemical", "watchdog"],
  isisrael: ["isis", "israel"],
  wahabimossad: ["wahhabi", "mossad"],
};

/**
 * Word-form synonyms, applied to stems: irregular verbs the stemmer cannot join, and a few words
 * that make the same accusation in claims ("fabricated" = "faked"). Kept small on purpose: broad
 * synonym folding blurs distinct claims.
 */
export const STEM_SYNONYMS: Record<string, string> = {
  stole: "steal", stolen: "steal", theft: "steal", thief: "steal", thiev: "steal", loot: "steal",
  plunder: "steal",
  fabric: "fake", falsifi: "fake", forg: "fake", forgeri: "fake", phoni: "fake", bogu: "fake",
  made: "make", bought: "bui", sold: "sell", paid: "pai",
  wahabi: "wahhabi", jewish: "jew",
};

/** Canonical terms that the stemmer must leave alone. */
export const PROTECTED_TERMS: ReadonlySet<string> = new Set(Object.keys(ACTOR_ALIASES));

/**
 * Canonical terms that name who acts in a claim ("the US arms ISIS"). Syria is left out: on
 * pages about the Syrian war it is mostly the setting ("into Syria"), not a party to the claim.
 */
export const ACTOR_TERMS: ReadonlySet<string> = new Set(Object.keys(ACTOR_ALIASES).filter((t) => t !== "syria"));

type TPhrase = { words: string[]; output: string[] };

/** First word → phrases starting with it, longest first, for greedy longest-match folding. */
function buildPhraseTable(): Map<string, TPhrase[]> {
  const table = new Map<string, TPhrase[]>();
  const add = (phrase: string, output: string[]) => {
    const words = phrase.split(" ");
    const list = table.get(words[0]) ?? [];
    list.push({ words, output });
    table.set(words[0], list);
  };
  for (const [canonical, phrases] of Object.entries(ACTOR_ALIASES)) {
    for (const phrase of phrases) add(phrase, [canonical]);
  }
  for (const [phrase, output] of Object.entries(EXPANSIONS)) add(phrase, output);
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

const PHRASES = buildPhraseTable();

/** Replaces alias phrases in a word list by their canonical terms (greedy, longest first). */
export function foldAliases(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const candidates = PHRASES.get(words[i]);
    let matched: TPhrase | undefined;
    if (candidates) {
      for (const phrase of candidates) {
        if (i + phrase.words.length > words.length) continue;
        let ok = true;
        for (let j = 1; j < phrase.words.length; j++) {
          if (words[i + j] !== phrase.words[j]) { ok = false; break; }
        }
        if (ok) { matched = phrase; break; }
      }
    }
    if (matched) {
      for (const term of matched.output) out.push(term);
      i += matched.words.length;
    } else {
      out.push(words[i]);
      i += 1;
    }
  }
  return out;
}
