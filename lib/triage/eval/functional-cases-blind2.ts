// A second blind functional suite in the HateCheck manner (functional-blind2.json): the same 29
// functionalities over the same seven groups, written on 2026-12-02 by a writer who read neither
// the engine's rules, term lists and models nor the other three suites. It exists because the first
// blind suite's misses were read that day while looking for rule gaps, which made that suite less
// blind for some functionalities; this one is the honest figure now.
// Never read its misses to tune rules: that would end its use.

import { z } from "zod";
import data from "./functional-blind2.json";
import { BLIND_GROUPS } from "./functional-cases-blind";
import { scoreFunctional, type TFunctionalCase, type TFunctionalResult } from "./functional-cases";

const ZSuite = z.array(
  z
    .object({
      functionality: z.string().regex(/^F\d+ /),
      hateful: z.boolean(),
      templates: z.array(z.string().min(1)).optional(),
      texts: z.array(z.string().min(1)).optional(),
    })
    .refine((e) => (e.templates?.length ?? 0) + (e.texts?.length ?? 0) > 0, {
      message: "needs templates or texts",
    }),
);

/** "{P}" → the group in the plural ("trans people"), "{S}" → one member ("a trans person"). */
function fill(template: string, plural: string, one: string): string {
  const text = template.replaceAll("{P}", plural).replaceAll("{S}", one);
  // A placeholder opening the sentence is capitalised ("{S} …" → "A trans person …").
  return /^\{[PS]\}/.test(template) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

export function blind2FunctionalCases(): TFunctionalCase[] {
  const out: TFunctionalCase[] = [];
  for (const entry of ZSuite.parse(data)) {
    const { functionality, hateful } = entry;
    for (const t of entry.templates ?? [])
      for (const g of BLIND_GROUPS)
        out.push({ functionality, hateful, text: fill(t, g.p, g.a), group: g.key });
    for (const text of entry.texts ?? []) out.push({ functionality, hateful, text, group: "none" });
  }
  const number = (f: string) => Number(/^F(\d+)/.exec(f)?.[1] ?? 99);
  return out.sort((x, y) => number(x.functionality) - number(y.functionality));
}

/** Scores the second blind suite with any "is this hate?" predictor over texts (stage 1 or 2). */
export async function evaluateBlind2Functional(
  predict: (texts: string[]) => Promise<boolean[]>,
): Promise<TFunctionalResult> {
  const cases = blind2FunctionalCases();
  return scoreFunctional(cases, await predict(cases.map((c) => c.text)));
}
