// Prepares stage-2 experiments: per set, each judged tweet's 100 BM25 candidates plus the 50 nearest
// claims by projected encoder cosine over the whole library (stage-1 features of all), written to
// /tmp/fc/<tag>-<set>.json (the tag names the run, so runs on different code do not overwrite
// each other; stage2-experiment.ts reads it as `variant=`).
//   npx tsx lib/triage/factcheck/scripts/stage2-prep.ts [tag, default raw] [test]
import { writeFileSync } from "node:fs";
import path from "node:path";
import { createClaimMatcher } from "../claim-matcher";
import { openEmbeddingCache } from "../embedding-cache";
import { PROJECTION, projectUnit } from "../embedding-projection";
import { readCheckThat2022, readClef2020, type TRetrievalSet } from "../eval-data";
import { claimEmbeddingText, commentEmbeddingText } from "../rerank";

const [variant = "raw", test] = process.argv.slice(2);
const log = (s: string) => process.stderr.write(s + "\n");
const dataDir = path.resolve(process.cwd(), "..", "shared", "data");
const cache = openEmbeddingCache();
const DENSE = 50;

async function prep(set: TRetrievalSet, tag: string) {
  const matcher = createClaimMatcher(set.claims);
  const claimVecs = await cache.embed(set.claims.map(claimEmbeddingText));
  const units = claimVecs.map((v) => projectUnit(PROJECTION, v));
  const judged = set.queries.filter((q) => set.relevant.has(q.id));
  const texts = judged.map((q) => q.text);
  const vectors = await cache.embed(texts.map(commentEmbeddingText));
  const queries = judged.map((q, i) => {
    const t = projectUnit(PROJECTION, vectors[i]);
    const scored = units.map((u, d) => {
      let s = 0;
      for (let k = 0; k < t.length; k++) s += t[k] * u[k];
      return [s, d] as const;
    });
    const dense = scored
      .sort((a, b) => b[0] - a[0])
      .slice(0, DENSE)
      .map(([, d]) => d);
    const denseRank = new Map(dense.map((d, r) => [d, r]));
    const stage1 = new Set(matcher.candidates(texts[i]).map((c) => c.doc));
    const bm25 = new Set(matcher.candidates(texts[i], 100).map((c) => c.doc));
    const pool = matcher.candidates(texts[i], 100, dense);
    return {
      text: texts[i],
      relevant: [...set.relevant.get(q.id)!],
      pool: pool.map((c) => ({
        doc: c.doc,
        id: c.id,
        f: c.features,
        bm25: bm25.has(c.doc) ? 1 : 0,
        dense: denseRank.get(c.doc) ?? -1,
        s1: stage1.has(c.doc) ? 1 : 0,
      })),
    };
  });
  writeFileSync(`/tmp/fc/${variant}-${tag}.json`, JSON.stringify({ name: set.name, queries }));
  log(`${set.name}: ${queries.length}`);
}

const clef = path.join(dataDir, "clef2020");
const ct = path.join(dataDir, "checkthat2022-task2a-en");
await prep(await readClef2020(clef, "train"), "train");
await prep(await readClef2020(clef, "dev"), "dev");
await prep(await readCheckThat2022(ct, "dev_test"), "devtest");
if (test) await prep(await readCheckThat2022(ct, "test2022"), "test");
