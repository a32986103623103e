import { loadDefaultModel } from "@/lib/triage/default-engine";
import { createModelAnalyzer } from "@/lib/triage/model/analyzer";
const m = createModelAnalyzer(loadDefaultModel()!);
for (const t of process.argv.slice(2)) {
  const { probs, spans } = m.tokenProbabilities(t);
  console.log(Array.from(probs).map((p, i) => `${t.slice(spans[i].start, spans[i].end)}:${p.toFixed(2)}`).join(" "), JSON.stringify(m.analyze({ text: t }).scores));
}
