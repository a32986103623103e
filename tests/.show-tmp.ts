import { readFileSync } from "node:fs";
import { parseFile } from "@/lib/import/parse/parse-file";
for (const f of process.argv.slice(2)) {
  const r = parseFile(readFileSync(f), { filename: f });
  const a = r.articles[0];
  console.log("=====", f, r.format);
  if (!a) { console.log(JSON.stringify(r, null, 1)); continue; }
  console.log({ title: a.title, publishedAt: a.publishedAt, source: a.source });
  console.log("BODY:", JSON.stringify(a.body.slice(0, 80)), "...", JSON.stringify(a.body.slice(-60)));
  a.comments.forEach((c, i) => console.log(i + 1, JSON.stringify(c.author), c.replyTo ? "->" + c.replyTo : "", c.postedAt ?? "", JSON.stringify(c.body.slice(0, 60)), c.body.length));
  for (const w of r.warnings) console.log("  W", w.where, w.message);
  for (const e of r.errors) console.log("  E", e.where, e.message);
}
