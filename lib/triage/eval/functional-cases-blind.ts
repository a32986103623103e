// A blind functional suite in the HateCheck manner (Röttger et al. 2021): the 29 functionalities
// over HateCheck's seven groups, written without sight of the engine's term lists, model or the
// other two suites, so it measures how rules generalise to phrasings nobody tuned them on.
// Never tune rules on these cases: that would make the suite as optimistic as the others. (Its
// misses were read on 2026-12-02 while looking for rule gaps, so for the functionalities read it
// is less blind now; functional-cases-blind2.ts is the suite that has not been read.)

import { DEROGATION_TEMPLATES } from "./functional-blind-derogation";
import { FRAMING_TEMPLATES } from "./functional-blind-framing";
import { CONTRAST_TEMPLATES, FIXED_CONTRASTS } from "./functional-blind-contrast";
import {
  perturbSpan,
  SPELLING_FUNCTIONALITIES,
  SPELLING_TEMPLATES,
} from "./functional-blind-spelling";
import { scoreFunctional, type TFunctionalCase, type TFunctionalResult } from "./functional-cases";

type TBlindGroup = {
  key: string;
  /** Plural phrase, singular noun, singular with article; spelling noise hits the word `head` starts. */
  p: string;
  s: string;
  a: string;
  head: string;
  slurs: string[];
  slursOne: string[];
};

export const BLIND_GROUPS: TBlindGroup[] = [
  {
    key: "women",
    p: "women",
    s: "woman",
    a: "a woman",
    head: "wom",
    slurs: ["bitches", "sluts", "whores"],
    slursOne: ["bitch", "slut", "whore"],
  },
  {
    key: "trans",
    p: "trans people",
    s: "trans person",
    a: "a trans person",
    head: "trans",
    slurs: ["trannies", "shemales"],
    slursOne: ["tranny", "shemale"],
  },
  {
    key: "gay",
    p: "gay people",
    s: "gay person",
    a: "a gay person",
    head: "gay",
    slurs: ["faggots", "fags", "dykes"],
    slursOne: ["faggot", "fag", "dyke"],
  },
  {
    key: "black",
    p: "Black people",
    s: "Black person",
    a: "a Black person",
    head: "Black",
    slurs: ["niggers", "coons"],
    slursOne: ["nigger", "coon"],
  },
  {
    key: "disabled",
    p: "disabled people",
    s: "disabled person",
    a: "a disabled person",
    head: "disabled",
    slurs: ["retards", "cripples", "spastics"],
    slursOne: ["retard", "cripple", "spastic"],
  },
  {
    key: "muslims",
    p: "Muslims",
    s: "Muslim",
    a: "a Muslim",
    head: "Muslim",
    slurs: ["ragheads", "muzzies", "towelheads"],
    slursOne: ["raghead", "muzzie", "towelhead"],
  },
  {
    key: "immigrants",
    p: "immigrants",
    s: "immigrant",
    a: "an immigrant",
    head: "immigrant",
    slurs: ["wetbacks", "beaners"],
    slursOne: ["wetback", "beaner"],
  },
];

const G_OPEN = "\u0001";
const G_CLOSE = "\u0002";

/** Fills a template for one group; `markHead` wraps the group's head word for spelling noise. */
function fill(t: string, g: TBlindGroup, i: number, markHead = false): string {
  const mark = (phrase: string) =>
    markHead ? phrase.replace(new RegExp(`${g.head}\\w*`), (w) => G_OPEN + w + G_CLOSE) : phrase;
  const text = t
    .replace("{P}", mark(g.p))
    .replace("{S}", mark(g.s))
    .replace("{A}", mark(g.a))
    .replace("{SL}", g.slurs[i % g.slurs.length])
    .replace("{SL1}", g.slursOne[i % g.slursOne.length]);
  // Templates that start lower-case on purpose stay so; placeholders at the start are capitalised.
  if (!t.startsWith("{")) return text;
  return text.replace(/^(\u0001?)(.)/, (_, m: string, c: string) => m + c.toUpperCase());
}

const HATEFUL = new Set([
  ...Object.keys(DEROGATION_TEMPLATES),
  ...Object.keys(FRAMING_TEMPLATES).filter((f) => !f.startsWith("F15")),
]);

const fNumber = (f: string) => Number(/^F(\d+)/.exec(f)?.[1] ?? 99);

export function blindFunctionalCases(): TFunctionalCase[] {
  const out: TFunctionalCase[] = [];
  const templated = { ...DEROGATION_TEMPLATES, ...FRAMING_TEMPLATES, ...CONTRAST_TEMPLATES };
  for (const [functionality, templates] of Object.entries(templated)) {
    const hateful = HATEFUL.has(functionality);
    templates.forEach((t, i) => {
      for (const g of BLIND_GROUPS)
        out.push({ functionality, hateful, text: fill(t, g, i), group: g.key });
    });
  }
  SPELLING_FUNCTIONALITIES.forEach((kind, k) => {
    SPELLING_TEMPLATES.forEach((t, i) => {
      const hitsGroup = /\{[PSA]\}/.test(t) && (i + k) % 2 === 0;
      for (const g of BLIND_GROUPS) {
        const filled = fill(t, g, i, hitsGroup);
        const text = hitsGroup
          ? perturbSpan(filled, G_OPEN, G_CLOSE, kind, i).replace(/[<>]/g, "")
          : perturbSpan(filled, "<", ">", kind, i);
        out.push({ functionality: kind, hateful: true, text, group: g.key });
      }
    });
  });
  for (const [functionality, texts] of Object.entries(FIXED_CONTRASTS))
    for (const text of texts) out.push({ functionality, hateful: false, text, group: "none" });
  return out.sort((x, y) => fNumber(x.functionality) - fNumber(y.functionality));
}

/** Scores the blind suite with any "is this hate?" predictor over texts (stage 1 or stage 2). */
export async function evaluateBlindFunctional(
  predict: (texts: string[]) => Promise<boolean[]>,
): Promise<TFunctionalResult> {
  const cases = blindFunctionalCases();
  return scoreFunctional(cases, await predict(cases.map((c) => c.text)));
}
