// Embeds every claim and title of the evaluation libraries and every judged tweet into the on-disk
// claim-embedding cache, re-reading the cache between slices (another run may be filling it too).
//   npx tsx lib/triage/factcheck/scripts/warm-embeddings.ts [DATA_DIR]
import path from "node:path";
import { embeddingKey, openEmbeddingCache } from "../embedding-cache";
import { readCheckThat2022, readClef2020 } from "../eval-data";
import { claimEmbeddingText, commentEmbeddingText, titleEmbeddingText } from "../rerank";

const dataDir = path.resolve(process.argv[2] ?? path.join(process.cwd(), "..", "shared", "data"));
const clef = path.join(dataDir, "clef2020");
const ct = path.join(dataDir, "checkthat2022-task2a-en");
const sets = [
  await readClef2020(clef, "train"),
  await readClef2020(clef, "dev"),
  await readCheckThat2022(ct, "dev_test"),
  await readCheckThat2022(ct, "test2022"),
];
const texts: string[] = [];
for (const s of sets) for (const q of s.queries) texts.push(commentEmbeddingText(q.text));
// CLEF's claims, then its titles, then CheckThat's: what training needs first.
for (const s of [sets[0], sets[3]]) {
  for (const c of s.claims) texts.push(claimEmbeddingText(c));
  for (const c of s.claims) if (titleEmbeddingText(c) !== "") texts.push(titleEmbeddingText(c));
}
const unique = [...new Map(texts.map((t) => [embeddingKey(t), t])).values()];
process.stderr.write(`${unique.length} texts\n`);
const SLICE = 1024;
for (let i = 0; i < unique.length; i += SLICE) {
  await openEmbeddingCache().embed(unique.slice(i, i + SLICE));
  process.stderr.write(`${Math.min(i + SLICE, unique.length)}/${unique.length}\n`);
}
