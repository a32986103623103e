// The stage-1 head recipes experiment-heads compares (which sets, weights, regularisation, epochs),
// and how one recipe is fitted on the training table's train split.
import { SOURCE_WEIGHT, type TTableRow } from "../../training/table";
import type { THarm } from "../../types";
import { BUCKETS } from "../features";
import type { TDocExample } from "./examples";
import { DEFAULT_FTRL, FtrlLogistic, type TFtrlOptions } from "./ftrl";
import { shuffled } from "./train-heads";

export type TRecipe = {
  name: string;
  harm: THarm;
  power?: number;
  floor?: number;
  sources?: string[];
  weight?: (source: string) => number;
  balance?: boolean;
  ftrl?: Partial<TFtrlOptions>;
  epochs?: number;
};

/** Every recipe, in the order they are printed: named variants, then one per source left out or tripled. */
export function headRecipes(): { all: string[]; recipes: TRecipe[] } {
  const all = [
    "dynahate",
    "implicit_hate",
    "sbic",
    "civil_toxic",
    "stormfront",
    "gab",
    "olid",
    "toxigen",
    "davidson",
    "hatexplain",
    "toxic_spans",
    "neutral",
    "templates",
  ];
  const recipes: TRecipe[] = [
    { name: "current", harm: "hate" },
    {
      name: "no-neutral-templates",
      harm: "hate",
      sources: all.filter((s) => s !== "neutral" && s !== "templates"),
    },
    {
      name: "issue-six",
      harm: "hate",
      sources: ["dynahate", "implicit_hate", "sbic", "davidson", "stormfront", "toxigen"],
      balance: true,
    },
    { name: "balanced-all", harm: "hate", balance: true },
    {
      name: "balanced-no-olid-gab",
      harm: "hate",
      sources: all.filter((s) => s !== "olid" && s !== "gab"),
      balance: true,
    },
    {
      name: "balanced-no-neutral",
      harm: "hate",
      sources: all.filter((s) => s !== "neutral" && s !== "templates"),
      balance: true,
    },
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
  for (const s of all)
    recipes.push({ name: `without-${s}`, harm: "hate", sources: all.filter((x) => x !== s) });
  for (const s of ["implicit_hate", "toxigen", "sbic", "dynahate", "stormfront"])
    recipes.push({
      name: `triple-${s}`,
      harm: "hate",
      weight: (src) => (src === s ? 3 : 1) * (SOURCE_WEIGHT[src] ?? 1),
    });
  const noTs = all.filter((x) => x !== "toxic_spans");
  recipes.push(
    { name: "A-no-ts", harm: "hate", sources: noTs },
    {
      name: "B-no-ts-gab1.2",
      harm: "hate",
      sources: noTs,
      weight: (src) => (src === "gab" ? 1.2 : (SOURCE_WEIGHT[src] ?? 1)),
    },
    { name: "C-no-ts-neutral", harm: "hate", sources: noTs.filter((x) => x !== "neutral") },
    { name: "D-no-ts-sbic", harm: "hate", sources: noTs.filter((x) => x !== "sbic") },
    {
      name: "E-no-ts-olid.3",
      harm: "hate",
      sources: noTs,
      weight: (src) => (src === "olid" ? 0.3 : (SOURCE_WEIGHT[src] ?? 1)),
    },
    {
      name: "F-no-ts-dav.6",
      harm: "hate",
      sources: noTs,
      weight: (src) => (src === "davidson" ? 0.6 : (SOURCE_WEIGHT[src] ?? 1)),
    },
    {
      name: "B-gab1.5",
      harm: "hate",
      sources: noTs,
      weight: (src) => (src === "gab" ? 1.5 : (SOURCE_WEIGHT[src] ?? 1)),
    },
    {
      name: "B-gab2",
      harm: "hate",
      sources: noTs,
      weight: (src) => (src === "gab" ? 2 : (SOURCE_WEIGHT[src] ?? 1)),
    },
    {
      name: "B-gab1.5-stormfront1",
      harm: "hate",
      sources: noTs,
      weight: (src) => (src === "gab" ? 1.5 : src === "stormfront" ? 1 : (SOURCE_WEIGHT[src] ?? 1)),
    },
    {
      name: "G-dyna3",
      harm: "hate",
      weight: (src) => (src === "dynahate" ? 3 : (SOURCE_WEIGHT[src] ?? 1)),
    },
    {
      name: "G-dyna3-tox3",
      harm: "hate",
      weight: (src) => (src === "dynahate" || src === "toxigen" ? 3 : (SOURCE_WEIGHT[src] ?? 1)),
    },
    {
      name: "G-hx4",
      harm: "hate",
      weight: (src) => (src === "hatexplain" ? 4 : (SOURCE_WEIGHT[src] ?? 1)),
    },
    { name: "H-no-neutral", harm: "harassment", sources: all.filter((x) => x !== "neutral") },
    { name: "H-no-davidson", harm: "harassment", sources: all.filter((x) => x !== "davidson") },
    {
      name: "H-civil2",
      harm: "harassment",
      weight: (src) =>
        src === "civil_toxic" || src === "toxic_spans" ? 2 : (SOURCE_WEIGHT[src] ?? 1),
    },
  );
  return { all, recipes };
}

/** Fits one recipe; sets every example's length scale as the recipe asks. */
export function fitRecipe(
  recipe: TRecipe,
  rows: TTableRow[],
  examples: TDocExample[],
): FtrlLogistic {
  const idx: number[] = [];
  rows.forEach((r, i) => {
    if (
      r.split === "train" &&
      r.labels[recipe.harm] !== undefined &&
      (!recipe.sources || recipe.sources.includes(r.source))
    )
      idx.push(i);
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
    const base = recipe.balance
      ? 5000 / Math.max(1000, t.pos + t.neg)
      : recipe.weight
        ? recipe.weight(s)
        : rows[i].weight;
    w[i] = base;
    if (rows[i].labels[recipe.harm]) pos += base;
    else neg += base;
  }
  const cwPos = Math.min(10, Math.max(1, neg / pos));
  const power = recipe.power ?? 0.5;
  const floor = recipe.floor ?? 80;
  for (const x of examples)
    x.scale = x.feats.length ? Math.pow(Math.max(x.feats.length, floor), -power) : 0;
  const model = new FtrlLogistic(BUCKETS, { ...DEFAULT_FTRL, ...recipe.ftrl });
  for (let e = 0; e < (recipe.epochs ?? 4); e++) {
    for (const i of shuffled(idx, 17 + e)) {
      const y = rows[i].labels[recipe.harm] as number;
      model.update(examples[i], y, w[i] * (y ? cwPos : 1));
    }
  }
  return model;
}
