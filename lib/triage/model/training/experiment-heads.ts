// Quick comparison of stage-1 head recipes (which sets, weights, regularisation) on the held-out
// and measure-only sets, model alone. Prints figures only. Run: npx tsx <this file> [DATA_DIR] [configs]

import { buildTrainingTable } from "../../training/table";
import {
  dynaHateTest,
  hateXplainEvalHalf,
  heldOutTexts,
  implicitHateTest,
  sfuComments,
  tracFacebookGold,
  unhealthyComments,
} from "../../training/measure-sets";
import { docExample, type TDocExample } from "./examples";
import { fitRecipe, headRecipes } from "./experiment-recipes";
import { rocAuc } from "./metrics";
import { calibrationShift } from "./train-heads";
import { sigmoid } from "../linear-model";
import { createTermsAnalyzer } from "../../terms/analyzer";
import { defaultTermEntries } from "../../default-engine";

const dataDir = process.argv[2] ?? "../shared/data";
const only = process.argv[3]?.split(",");

function main(): void {
  const t0 = Date.now();
  const table = buildTrainingTable(dataDir, { heldOut: heldOutTexts(dataDir) });
  const rows = table.rows;
  const examples = rows.map((r) => docExample(r.text, r.labels, r.weight, r.source, r.split));
  console.log(`table ${rows.length} rows, features in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const ex = (texts: string[]) => texts.map((t) => docExample(t, {}, 1, "m", "eval"));
  const ucc = {
    val: unhealthyComments(dataDir, "val")!,
    test: unhealthyComments(dataDir, "test")!,
  };
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
        const noIdent =
          m === 0.5 &&
          !r.signals?.identity &&
          !r.signals?.suppressedHate &&
          !r.signals?.armedTarget;
        return { t: r.scores.hate ?? 0, m, m2: noIdent ? 1 : m };
      }),
    ]),
  ) as Record<string, Array<{ t: number; m: number; m2: number }>>;
  const dev = rows.map((r, i) => i).filter((i) => rows[i].split === "dev");
  const { recipes } = headRecipes();
  const lenAuc = (xs: TDocExample[], y: number[]) =>
    rocAuc(
      xs.map((x) => x.feats.length),
      y,
    ).toFixed(3);
  console.log(
    `length alone: uccT unh ${lenAuc(
      sets.uccT,
      ucc.test.map((x) => x.unhealthy),
    )} gen ${lenAuc(
      sets.uccT,
      ucc.test.map((x) => x.generalisationUnfair),
    )} sfu ${lenAuc(
      sets.sfu,
      sfu.map((x) => (x.toxicity >= 2 ? 1 : 0)),
    )} dh ${lenAuc(
      sets.dh,
      dh.map((x) => x.hate),
    )}`,
  );
  for (const r of recipes) {
    if (only && !only.includes(r.name)) continue;
    const t = Date.now();
    const m = fitRecipe(r, rows, examples);
    const power = r.power ?? 0.5;
    const floor = r.floor ?? 80;
    for (const xs of Object.values(sets))
      for (const x of xs)
        x.scale = x.feats.length ? Math.pow(Math.max(x.feats.length, floor), -power) : 0;
    const sc = (xs: TDocExample[]) => xs.map((x) => m.predictLogit(x));
    const u = { v: sc(sets.uccV), t: sc(sets.uccT) };
    const f = (n: number) => n.toFixed(3);
    const devAuc = rocAuc(
      dev
        .filter((i) => rows[i].labels[r.harm] !== undefined)
        .map((i) => m.predictLogit(examples[i])),
      dev
        .filter((i) => rows[i].labels[r.harm] !== undefined)
        .map((i) => rows[i].labels[r.harm] as number),
    );
    const hxs = sc(sets.hx);
    const devIdx = dev.filter((i) => rows[i].labels[r.harm] !== undefined);
    const cal = calibrationShift(
      devIdx.map((i) => m.predictLogit(examples[i])),
      devIdx.map((i) => rows[i].labels[r.harm] as number),
      devIdx.map((i) => rows[i].source),
    );
    const comb = (key: string, logits: number[], which: "m" | "m2") =>
      logits.map((z, i) => {
        const o = termOut[key][i];
        return 1 - (1 - o.t) * (1 - sigmoid(z + cal.shift) * o[which]);
      });
    if (r.harm === "hate")
      for (const which of ["m", "m2"] as const) {
        const ut = comb("uccT", sc(sets.uccT), which);
        console.log(
          `  stage1(${which}) shift ${cal.shift.toFixed(2)} uccT unh ${rocAuc(
            ut,
            ucc.test.map((x) => x.unhealthy),
          ).toFixed(3)} gen ${rocAuc(
            ut,
            ucc.test.map((x) => x.generalisationUnfair),
          ).toFixed(3)} | sfu ${rocAuc(
            comb("sfu", sc(sets.sfu), which),
            sfu.map((x) => (x.toxicity >= 2 ? 1 : 0)),
          ).toFixed(3)} | dh ${rocAuc(
            comb("dh", sc(sets.dh), which),
            dh.map((x) => x.hate),
          ).toFixed(3)} | ih ${rocAuc(
            comb("ih", sc(sets.ih), which),
            ih.map((x) => (x.cls === "not_hate" ? 0 : 1)),
          ).toFixed(3)} | hx ${rocAuc(
            comb("hx", hxs, which),
            hx.map((x) => (x.label === "hatespeech" ? 1 : 0)),
          ).toFixed(3)}`,
        );
      }
    const tracS = sc(sets.trac);
    console.log(
      [
        r.name.padEnd(24),
        `uccV unh ${f(
          rocAuc(
            u.v,
            ucc.val.map((x) => x.unhealthy),
          ),
        )} gen ${f(
          rocAuc(
            u.v,
            ucc.val.map((x) => x.generalisationUnfair),
          ),
        )} hos ${f(
          rocAuc(
            u.v,
            ucc.val.map((x) => x.hostile),
          ),
        )}`,
        `uccT unh ${f(
          rocAuc(
            u.t,
            ucc.test.map((x) => x.unhealthy),
          ),
        )} gen ${f(
          rocAuc(
            u.t,
            ucc.test.map((x) => x.generalisationUnfair),
          ),
        )} hos ${f(
          rocAuc(
            u.t,
            ucc.test.map((x) => x.hostile),
          ),
        )}`,
        `sfu ${f(
          rocAuc(
            sc(sets.sfu),
            sfu.map((x) => (x.toxicity >= 2 ? 1 : 0)),
          ),
        )}`,
        `trac ${f(
          rocAuc(
            tracS,
            trac.map((x) => (x.label === "NAG" ? 0 : 1)),
          ),
        )}`,
        `dh ${f(
          rocAuc(
            sc(sets.dh),
            dh.map((x) => x.hate),
          ),
        )}`,
        `ih ${f(
          rocAuc(
            sc(sets.ih),
            ih.map((x) => (x.cls === "not_hate" ? 0 : 1)),
          ),
        )}`,
        `hx ${f(
          rocAuc(
            hxs,
            hx.map((x) => (x.label === "hatespeech" ? 1 : 0)),
          ),
        )}/${f(
          rocAuc(
            hxs,
            hx.map((x) => (x.label === "normal" ? 0 : 1)),
          ),
        )}`,
        `dev ${f(devAuc)}`,
        `${((Date.now() - t) / 1000).toFixed(0)}s`,
      ].join(" | "),
    );
  }
}

main();
