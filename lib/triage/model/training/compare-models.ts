// Stage-1 ROC-AUC of model files side by side on the FULL held-out and measure-only sets (the eval
// table samples ≤ 400 texts; this is the low-noise check). Run: npx tsx <this file> DATA_DIR a.json b.json

import { createTriageEngine } from "../../engine";
import { defaultTermEntries, loadModelFile } from "../../default-engine";
import {
  dynaHateTest,
  hateXplainEvalHalf,
  implicitHateTest,
  sfuComments,
  tracFacebookGold,
  unhealthyComments,
} from "../../training/measure-sets";
import { rocAuc } from "./metrics";

const [dataDir, ...files] = process.argv.slice(2);
const ucc = unhealthyComments(dataDir, "test")!;
const sets: Array<{
  name: string;
  texts: string[];
  labels: Array<[string, "hate" | "harassment" | "max", number[]]>;
}> = [
  {
    name: "UCC test",
    texts: ucc.map((x) => x.text),
    labels: [
      ["unhealthy", "hate", ucc.map((x) => x.unhealthy)],
      ["generalisation", "hate", ucc.map((x) => x.generalisationUnfair)],
      ["hostile", "harassment", ucc.map((x) => x.hostile)],
      ["unhealthy", "max", ucc.map((x) => x.unhealthy)],
    ],
  },
];
const sfu = sfuComments(dataDir, true)!;
sets.push({
  name: "SFU",
  texts: sfu.map((x) => x.text),
  labels: [
    ["toxic>=2", "max", sfu.map((x) => (x.toxicity >= 2 ? 1 : 0))],
    ["toxic>=2", "hate", sfu.map((x) => (x.toxicity >= 2 ? 1 : 0))],
  ],
});
const trac = tracFacebookGold(dataDir, true)!;
sets.push({
  name: "TRAC fb",
  texts: trac.map((x) => x.text),
  labels: [["aggressive", "max", trac.map((x) => (x.label === "NAG" ? 0 : 1))]],
});
const dh = dynaHateTest(dataDir, true)!;
sets.push({
  name: "DynaHate test",
  texts: dh.map((x) => x.text),
  labels: [["hate", "hate", dh.map((x) => x.hate)]],
});
const ih = implicitHateTest(dataDir)!;
sets.push({
  name: "implicit held-out",
  texts: ih.map((x) => x.text),
  labels: [["hate", "hate", ih.map((x) => (x.cls === "not_hate" ? 0 : 1))]],
});
const hx = hateXplainEvalHalf(dataDir, true)!;
sets.push({
  name: "HateXplain eval",
  texts: hx.map((x) => x.text),
  labels: [
    ["hatespeech", "hate", hx.map((x) => (x.label === "hatespeech" ? 1 : 0))],
    ["not normal", "max", hx.map((x) => (x.label === "normal" ? 0 : 1))],
  ],
});

const engines = files.map((f) =>
  createTriageEngine({ terms: defaultTermEntries(), model: loadModelFile(f) }),
);
console.log(`files: ${files.join(" | ")}`);
for (const set of sets) {
  const scored = engines.map((e) => set.texts.map((text) => e.score({ text }).scores));
  for (const [label, harm, y] of set.labels) {
    const aucs = scored.map((s) =>
      rocAuc(
        s.map((x) => (harm === "max" ? Math.max(x.hate, x.harassment) : x[harm])),
        y,
      ).toFixed(3),
    );
    console.log(`${set.name} (${set.texts.length}) ${harm} vs ${label}: ${aucs.join(" | ")}`);
  }
}
