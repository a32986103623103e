import { parseVigilRecord } from "@/lib/import/parse/vigil-json";
const v = { article: { url: "https://x.example/a" }, externalId: "c", author: "A", body: "A short comment.", postedAt: null };
const t = performance.now();
for (let i = 0; i < 300000; i++) parseVigilRecord(v, "line 1");
console.log((performance.now() - t) / 300, "µs");
