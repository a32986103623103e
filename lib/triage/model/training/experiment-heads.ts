// Quick comparison of stage-1 head recipes (which sets, weights, regularisation) on the held-out
// and measure-only sets, model alone. Prints figures only. Run: npx tsx <this file> [DATA_DIR] [configs]

import { buildTrainingTable, SOURCE_WEIGHT, type TTableRow } from "../../training/table";
import { dynaHateTest, hateXplainEvalHalf, heldOutTexts, implicitHateTest, sfuComments, tracFacebookGold, unhealthyComments } from "../../training/measure-sets";
import type { THarm } from "../../types";
import { BUCKETS } from "../features";
import { docExample, type TDocExample } from "./examples";
import { DEFAULT_FTRL, FtrlLogistic, type TFtrlOptions } from "./ftrl";
import { shuffled } from "./train-heads";
import { rocAuc } from "./metrics";
import { calibrationShift } from "./train-heads";
import { sigmoid } from "../linear-model";
import { createTermsAnalyzer } from "../../terms/analyzer";
import { defaultTermEntries } from "../../default-engine";

type TRecipe = { name: string; harm: THarm; power?: number; floor?: number; sources?: string[]; weight?: (source: string) => number; balance?: boolean; ftrl?: Partial<TFtrlOptions>; epochs?: number };

const dataDir = process.argv[2] ?? "../shared/data";
const only = process.argv[3]?.split(",");

function fit(recipe: TRecipe, rows: TTableRow[], examples: TDocExample[]): FtrlLogistic {
  const idx: number[] = [];
  rows.forEach((r, i) => {
    if (r.split === "train" && r.labels[recipe.harm] !== undefined && (!recipe.sources || recipe.sources.includes(r.source))) idx.push(i);
  });
  // Per-source totals, so that with `balance` every set weighs the same in all.
  const total = new Map<string, { pos: number; neg: number }>();
  for (const i of idx) {
    const t = total.get(rows[i].source) ?? { pos: 0, neg: 0 };
    if (rows[i].labels[recipe.harm]) t.pos++;
    else t.neg++;
    total.set(rows[i].source, t);
  }
  const w = new Float64Array(rows.length);
  let pos = 0;
  let neg = 0;
  for (const i of idx) {
    const s = rows[i].source;
    const t = total.get(s)!;
    const base = recipe.balance ? 5000 / Math.max(1000, t.pos + t.neg) : (recipe.weight ? recipe.weight(s) : rows[i].weight);
    w[i] = base;
    if (rows[i].labels[recipe.harm]) pos += base;
    else neg += base;
  }
  const cwPos = Math.min(10, Math.max(1, neg / pos));
  const power = recipe.power ?? 0.5;
  const floor = recipe.floor ?? 80;
  for (const x of examples) x.scale = x.feats.length ? Math.pow(Math.max(x.feats.length, floor), -power) : 0;
  const model = new FtrlLogistic(BUCKETS, { ...DEFAULT_FTRL, ...recipe.ftrl });
  for (let e = 0; e < (recipe.epochs ?? 4); e++) {
    for (const i of shuffled(idx, 17 + e)) {
      const y = rows[i].labels[recipe.harm] as number;
      model.update(examples[i], y, w[i] * (y ? cwPos : 1));
    }
  }
  return model;
}

function main(): void {
  const t0 = Date.now();
  const table = buildTrainingTable(dataDir, { heldOut: heldOutTexts(dataDir) });
  const rows = table.rows;
  const examples = rows.map((r) => docExample(r.text, r.labels, r.weight, r.source, r.split));
  console.log(`table ${rows.length} rows, features in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const ex = (texts: string[]) => texts.map((t) => docExample(t, {}, 1, "m", "eval"));
  const ucc = { val: unhealthyComments(dataDir, "val")!, test: unhealthyComments(dataDir, "test")! };
  const sfu = sfuComments(dataDir, true)!;
  const dh = dynaHateTest(dataDir, true)!;
  const ih = implicitHateTest(dataDir)!;
  const hx = hateXplainEvalHalf(dataDir, true)!;
  const trac = tracFacebookGold(dataDir, true)!;
  const sets = {
    uccV: ex(ucc.val.map((x) => x.text)),
    uccT: ex(ucc.test.map((x) => x.text)),
    sfu: ex(sfu.map((x) => x.text)),
    dh: ex(dh.map((x) => x.text)),
    ih: ex(ih.map((x) => x.text)),
    hx: ex(hx.map((x) => x.text)),
    trac: ex(trac.map((x) => x.text)),
  };
  const terms = createTermsAnalyzer(defaultTermEntries());
  const termOut = Object.fromEntries(
    Object.entries({ uccT: ucc.test, sfu, dh, ih, hx }).map(([k, items]) => [
      k,
      items.map((x) => {
        const r = terms.analyze({ text: x.text });
        const m = r.modifiers?.hate ?? 1;
        const noIdent = m === 0.5 && !r.signals?.identity && !r.signals?.suppressedHate && !r.signals?.armedTarget;
        return { t: r.scores.hate ?? 0, m, m2: noIdent ? 1 : m };
      }),
    ]),
  ) as Record<string, Array<{ t: number; m: number; m2: number }>>;
  const dev = rows.map((r, i) => i).filter((i) => rows[i].split === "dev");
  const all = ["dynahate", "implicit_hate", "sbic", "civil_toxic", "stormfront", "gab", "olid", "toxigen", "davidson", "hatexplain", "toxic_spans", "neutral", "templates"];
  const recipes: TRecipe[] = [
    { name: "current", harm: "hate" },
    { name: "no-neutral-templates", harm: "hate", sources: all.filter((s) => s !== "neutral" && s !== "templates") },
    { name: "issue-six", harm: "hate", sources: ["dynahate", "implicit_hate", "sbic", "davidson", "stormfront", "toxigen"], balance: true },
    { name: "balanced-all", harm: "hate", balance: true },
    { name: "balanced-no-olid-gab", harm: "hate", sources: all.filter((s) => s !== "olid" && s !== "gab"), balance: true },
    { name: "balanced-no-neutral", harm: "hate", sources: all.filter((s) => s !== "neutral" && s !== "templates"), balance: true },
    { name: "balanced-l2-5", harm: "hate", balance: true, ftrl: { l2: 5 } },
    { name: "balanced-a0.2", harm: "hate", balance: true, ftrl: { alpha: 0.2 } },
    { name: "pow-0.75", harm: "hate", power: 0.75 },
    { name: "pow-1", harm: "hate", power: 1, floor: 40 },
    { name: "pow-0.5-f200", harm: "hate", floor: 200 },
    { name: "cur-l1-0.2", harm: "hate", ftrl: { l1: 0.2 } },
    { name: "cur-2ep", harm: "hate", epochs: 2 },
    { name: "cur-8ep", harm: "hate", epochs: 8 },
    { name: "harass-current", harm: "harassment" },
    { name: "harass-balanced", harm: "harassment", balance: true },
  ];
  const lenAuc = (xs: TDocExample[], y: number[]) => rocAuc(xs.map((x) => x.feats.length), y).toFixed(3);
  console.log(`length alone: uccT unh ${lenAuc(sets.uccT, ucc.test.map((x) => x.unhealthy))} gen ${lenAuc(sets.uccT, ucc.test.map((x) => x.generalisationUnfair))} sfu ${lenAuc(sets.sfu, sfu.map((x) => (x.toxicity >= 2 ? 1 : 0)))} dh ${lenAuc(sets.dh, dh.map((x) => x.hate))}`);
  for (const s of all) recipes.push({ name: `without-${s}`, harm: "hate", sources: all.filter((x) => x !== s) });
  for (const s of ["implicit_hate", "toxigen", "sbic", "dynahate", "stormfront"]) recipes.push({ name: `triple-${s}`, harm: "hate", weight: (src) => (src === s ? 3 : 1) * (SOURCE_WEIGHT[src] ?? 1) });
  const noTs = all.filter((x) => x !== "toxic_spans");
  recipes.push(
    { name: "A-no-ts", harm: "hate", sources: noTs },
    { name: "B-no-ts-gab1.2", harm: "hate", sources: noTs, weight: (src) => (src === "gab" ? 1.2 : SOURCE_WEIGHT[src] ?? 1) },
    { name: "C-no-ts-neutral", harm: "hate", sources: noTs.filter((x) => x !== "neutral") },
    { name: "D-no-ts-sbic", harm: "hate", sources: noTs.filter((x) => x !== "sbic") },
    { name: "E-no-ts-olid.3", harm: "hate", sources: noTs, weight: (src) => (src === "olid" ? 0.3 : SOURCE_WEIGHT[src] ?? 1) },
    { name: "F-no-ts-dav.6", harm: "hate", sources: noTs, weight: (src) => (src === "davidson" ? 0.6 : SOURCE_WEIGHT[src] ?? 1) },
    { name: "B-gab1.5", harm: "hate", sources: noTs, weight: (src) => (src === "gab" ? 1.5 : SOURCE_WEIGHT[src] ?? 1) },
    { name: "B-gab2", harm: "hate", sources: noTs, weight: (src) => (src === "gab" ? 2 : SOURCE_WEIGHT[src] ?? 1) },
    { name: "B-gab1.5-stormfront1", harm: "hate", sources: noTs, weight: (src) => (src === "gab" ? 1.5 : src === "stormfront" ? 1 : SOURCE_WEIGHT[src] ?? 1) },
    { name: "G-dyna3", harm: "hate", weight: (src) => (src === "dynahate" ? 3 : SOURCE_WEIGHT[src] ?? 1) },
    { name: "G-dyna3-tox3", harm: "hate", weight: (src) => (src === "dynahate" || src === "toxigen" ? 3 : SOURCE_WEIGHT[src] ?? 1) },
    { name: "G-hx4", harm: "hate", weight: (src) => (src === "hatexplain" ? 4 : SOURCE_WEIGHT[src] ?? 1) },
    { name: "H-no-neutral", harm: "harassment", sources: all.filter((x) => x !== "neutral") },
    { name: "H-no-davidson", harm: "harassment", sources: all.filter((x) => x !== "davidson") },
    { name: "H-civil2", harm: "harassment", weight: (src) => (src === "civil_toxic" || src === "toxic_spans" ? 2 : SOURCE_WEIGHT[src] ?? 1) },
  );
  for (const r of recipes) {
    if (only && !only.includes(r.name)) continue;
    const t = Date.now();
    const m = fit(r, rows, examples);
    const power = r.power ?? 0.5;
    const floor = r.floor ?? 80;
    for (const xs of Object.values(sets)) for (const x of xs) x.scale = x.feats.length ? Math.pow(Math.max(x.feats.length, floor), -power) : 0;
    const sc = (xs: TDocExample[]) => xs.map((x) => m.predictLogit(x));
    const u = { v: sc(sets.uccV), t: sc(sets.uccT) };
    const f = (n: number) => n.toFixed(3);
    const devAuc = rocAuc(dev.filter((i) => rows[i].labels[r.harm] !== undefined).map((i) => m.predictLogit(examples[i])), dev.filter((i) => rows[i].labels[r.harm] !== undefined).map((i) => rows[i].labels[r.harm] as number));
    const hxs = sc(sets.hx);
    const devIdx = dev.filter((i) => rows[i].labels[r.harm] !== undefined);
    const cal = calibrationShift(devIdx.map((i) => m.predictLogit(examples[i])), devIdx.map((i) => rows[i].labels[r.harm] as number), devIdx.map((i) => rows[i].source));
    const comb = (key: string, logits: number[], which: "m" | "m2") => logits.map((z, i) => { const o = termOut[key][i]; return 1 - (1 - o.t) * (1 - sigmoid(z + cal.shift) * o[which]); });
    if (r.harm === "hate") for (const which of ["m", "m2"] as const) {
      const ut = comb("uccT", sc(sets.uccT), which);
      console.log(`  stage1(${which}) shift ${cal.shift.toFixed(2)} uccT unh ${rocAuc(ut, ucc.test.map((x) => x.unhealthy)).toFixed(3)} gen ${rocAuc(ut, ucc.test.map((x) => x.generalisationUnfair)).toFixed(3)} | sfu ${rocAuc(comb("sfu", sc(sets.sfu), which), sfu.map((x) => (x.toxicity >= 2 ? 1 : 0))).toFixed(3)} | dh ${rocAuc(comb("dh", sc(sets.dh), which), dh.map((x) => x.hate)).toFixed(3)} | ih ${rocAuc(comb("ih", sc(sets.ih), which), ih.map((x) => (x.cls === "not_hate" ? 0 : 1))).toFixed(3)} | hx ${rocAuc(comb("hx", hxs, which), hx.map((x) => (x.label === "hatespeech" ? 1 : 0))).toFixed(3)}`);
    }
    const tracS = sc(sets.trac);
    console.log(
      [
        r.name.padEnd(24),
        `uccV unh ${f(rocAuc(u.v, ucc.val.map((x) => x.unhealthy)))} gen ${f(rocAuc(u.v, ucc.val.map((x) => x.generalisationUnfair)))} hos ${f(rocAuc(u.v, ucc.val.map((x) => x.hostile)))}`,
        `uccT unh ${f(rocAuc(u.t, ucc.test.map((x) => x.unhealthy)))} gen ${f(rocAuc(u.t, ucc.test.map((x) => x.generalisationUnfair)))} hos ${f(rocAuc(u.t, ucc.test.map((x) => x.hostile)))}`,
        `sfu ${f(rocAuc(sc(sets.sfu), sfu.map((x) => (x.toxicity >= 2 ? 1 : 0))))}`,
        `trac ${f(rocAuc(tracS, trac.map((x) => (x.label === "NAG" ? 0 : 1))))}`,
        `dh ${f(rocAuc(sc(sets.dh), dh.map((x) => x.hate)))}`,
        `ih ${f(rocAuc(sc(sets.ih), ih.map((x) => (x.cls === "not_hate" ? 0 : 1))))}`,
        `hx ${f(rocAuc(hxs, hx.map((x) => (x.label === "hatespeech" ? 1 : 0))))}/${f(rocAuc(hxs, hx.map((x) => (x.label === "normal" ? 0 : 1))))}`,
        `dev ${f(devAuc)}`,
        `${((Date.now() - t) / 1000).toFixed(0)}s`,
      ].join(" | "),
    );
  }
}

main();
