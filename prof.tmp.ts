import { createTriageEngine } from "@/lib/triage/engine";
import { defaultTermEntries, loadDefaultModel } from "@/lib/triage/default-engine";
const words = "the army forces moved north along river village town government troops offensive desert road city report said today and of to in on with I think Muslims Jews idiot rats".split(" ");
let s = 1; const r = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
const comments = Array.from({ length: 3000 }, () => { let t = ""; while (t.length < 300) t += words[Math.floor(r() * words.length)] + (r() < 0.1 ? ". " : " "); return t; });
const e = createTriageEngine({ terms: defaultTermEntries(), model: loadDefaultModel() });
const t0 = performance.now(); let n = 0;
while (performance.now() - t0 < 6000) { for (const c of comments) e.score({ text: c }); n += comments.length; }
console.log(n / ((performance.now() - t0) / 1000));
