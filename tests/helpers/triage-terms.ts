// The shipped terms analyzer and stage-1 engine, built once per test file, and the questions the
// terms tests ask of them.
import { defaultTermEntries, loadDefaultEngine } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

export const terms = createTermsAnalyzer(defaultTermEntries());
export const engine = loadDefaultEngine();
export const analysis = (text: string) => terms.analyze({ text });
export const termsHate = (text: string) => analysis(text).scores.hate ?? 0;
export const flagged = (text: string) => engine.score({ text }).flagged;
export const flaggedHate = (text: string) => flagged(text).includes("hate");
