import { loadToxicSpans } from "@/lib/triage/model/training/datasets";
import { toxicSpansSplit } from "@/lib/triage/model/training/splits";
import { charsOf, spanF1 } from "@/lib/triage/model/training/metrics";
import { loadDefaultEngine } from "@/lib/triage/default-engine";
import * as A from "@/lib/triage/model/analyzer";
const posts = loadToxicSpans("/work/shared/data/toxic_spans/tsd_train.csv").filter((_, i) => toxicSpansSplit(i) === "dev");
const e = loadDefaultEngine();
let tot = 0, m = 0, t = 0;
for (const p of posts) { const r = e.score({ text: p.text }); const g = new Set(p.spans); tot += spanF1(charsOf(r.spans), g); m += spanF1(charsOf(r.analyzers[1].spans), g); t += spanF1(charsOf(r.analyzers[0].spans), g); }
console.log(posts.length, "engine", (tot/posts.length).toFixed(3), "model", (m/posts.length).toFixed(3), "terms", (t/posts.length).toFixed(3));
