// Functional-suite accuracy per functionality for stage 1 with a given model file (model files
// side by side, for comparing retrained models). Run: npx tsx <this file> model-a.json model-b.json

import { createTriageEngine } from "../../engine";
import { defaultTermEntries, loadModelFile } from "../../default-engine";
import { functionalCases, scoreFunctional } from "../../eval/functional-cases";

const cases = functionalCases();
const results = process.argv.slice(2).map((file) => {
  const engine = createTriageEngine({ terms: defaultTermEntries(), model: loadModelFile(file) });
  return scoreFunctional(
    cases,
    cases.map((c) => engine.score({ text: c.text }).flagged.includes("hate")),
  );
});
const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
console.log(
  `overall ${results.map((r) => `${pct(r.accuracy)} (hateful ${pct(r.hateful)}, non-hateful ${pct(r.nonHateful)})`).join(" | ")}`,
);
for (const name of Object.keys(results[0]?.byFunctionality ?? {})) {
  console.log(
    `${name.padEnd(36)} ${results.map((r) => pct(r.byFunctionality[name].correct / r.byFunctionality[name].n)).join(" ")}`,
  );
}
