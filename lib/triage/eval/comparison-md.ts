// The side-by-side table of `vigil eval`: v1 (the engine before issue 16, figures kept in
// v1-baseline.json), the new stage 1 (terms + n-gram) and stage 2 (+ encoder heads and stacker),
// next to published reference figures where the literature has one for the same measure.

import type { TDevSetsReport } from "./dev-sets-eval";

export type TComparison = {
  v1: TDevSetsReport;
  stage1: TDevSetsReport;
  stage2: TDevSetsReport | null;
};

type TRowSpec = {
  measure: string;
  data: string;
  published: string;
  get: (r: TDevSetsReport) => number | undefined;
};

const pct = (x: number | undefined) =>
  x === undefined || Number.isNaN(x) ? "—" : `${(100 * x).toFixed(1)} %`;
const f3 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "—" : x.toFixed(3));

type TSuiteFigures = { accuracy: number; hateful: number; nonHateful: number };

/** A functional suite's three rows (accuracy, hateful, non-hateful), with HateCheck's Perspective
 *  figures beside them when `published`. */
function suiteRows(
  name: string,
  data: string,
  suite: (x: TDevSetsReport) => TSuiteFigures | null | undefined,
  published: boolean,
): TRowSpec[] {
  return [
    {
      measure: `${name}: accuracy`,
      data,
      published: published ? "HateCheck: Perspective 76.6 %" : "",
      get: (x) => suite(x)?.accuracy,
    },
    {
      measure: `${name}: hateful cases`,
      data: "same",
      published: "",
      get: (x) => suite(x)?.hateful,
    },
    {
      measure: `${name}: non-hateful cases`,
      data: "same",
      published: published ? "HateCheck: Perspective 48.2 %" : "",
      get: (x) => suite(x)?.nonHateful,
    },
  ];
}

function rows(r: TDevSetsReport): TRowSpec[] {
  const out: TRowSpec[] = [
    ...suiteRows(
      "functional tests",
      `${r.functional.cases} templated cases (own suite)`,
      (x) => x.functional,
      true,
    ),
    ...suiteRows(
      "functional tests, group suite",
      `${r.functionalGroups?.cases ?? "—"} cases, 29 functionalities, 9 groups`,
      (x) => x.functionalGroups,
      false,
    ),
    ...suiteRows(
      "functional tests, blind suite",
      `${r.functionalBlind?.cases ?? "—"} cases, 29 functionalities, 7 groups, written unseen by rule authors (its misses were read on 2026-12-02)`,
      (x) => x.functionalBlind,
      true,
    ),
    ...suiteRows(
      "functional tests, second blind suite",
      `${r.functionalBlind2?.cases ?? "—"} cases, 29 functionalities, 7 groups, unseen by rule authors`,
      (x) => x.functionalBlind2,
      true,
    ),
    {
      measure: "DynaHate test accuracy",
      data: `${r.dynahate?.n ?? "—"} posts`,
      published: "",
      get: (x) => x.dynahate?.accuracy,
    },
  ];
  for (const t of Object.keys(r.dynahate?.perType ?? {}).sort()) {
    out.push({
      measure: `DynaHate accuracy: ${t}`,
      data: `${r.dynahate!.perType[t].n} posts`,
      published: "",
      get: (x) => x.dynahate?.perType[t]?.accuracy,
    });
  }
  out.push({
    measure: "DynaHate hate ROC-AUC",
    data: "same",
    published: "",
    get: (x) => x.dynahate?.auc,
  });
  for (const c of ["explicit_hate", "implicit_hate", "not_hate"]) {
    const n = r.implicit?.perClass[c]?.n;
    out.push({
      measure: `implicit hate: ${c} correct`,
      data: `held-out fifth, ${n ?? "—"} posts`,
      published: "",
      get: (x) =>
        x.implicit?.perClass[c]
          ? x.implicit.perClass[c].correct / x.implicit.perClass[c].n
          : undefined,
    });
  }
  out.push({
    measure: "implicit hate: hate ROC-AUC",
    data: `${r.implicit?.n ?? "—"} posts`,
    published: "",
    get: (x) => x.implicit?.auc,
  });
  out.push(
    {
      measure: "Unhealthy Comments: unhealthy ROC-AUC (max hate, harassment)",
      data: `whole test split, ${r.ucc?.n ?? "—"} comments`,
      published: "",
      get: (x) => x.ucc?.unhealthyAuc,
    },
    {
      measure: "Unhealthy Comments: unhealthy F1 (hate or harassment flagged)",
      data: "same",
      published: "",
      get: (x) => x.ucc?.unhealthyF1,
    },
    {
      measure: "Unhealthy Comments: hate ROC-AUC vs unhealthy",
      data: "same",
      published: "",
      get: (x) => x.ucc?.hateAucUnhealthy,
    },
    {
      measure: "Unhealthy Comments: hate ROC-AUC vs unfair generalisation",
      data: "same",
      published: "",
      get: (x) => x.ucc?.hateAucGeneralisation,
    },
    {
      measure:
        "Unhealthy Comments: hate ROC-AUC, unfair generalisations naming a protected identity vs every comment that is none",
      data: `${r.ucc?.identityGeneralisations ?? "—"} of the generalisations (the rest are about parties, regions, professions, readers)`,
      published: "",
      get: (x) => x.ucc?.hateAucIdentityGeneralisation,
    },
    {
      measure: "Unhealthy Comments: harassment ROC-AUC vs hostile",
      data: "same",
      published: "",
      get: (x) => x.ucc?.harassmentAucHostile,
    },
    {
      measure: "SFU: toxicity ROC-AUC (toxic = level ≥ 2)",
      data: `${r.sfu?.n ?? "—"} comments`,
      published: "",
      get: (x) => x.sfu?.toxicAuc,
    },
    {
      measure: "TRAC-1 Facebook gold: 3-class macro-F1",
      data: `${r.trac?.n ?? "—"} comments`,
      published: "best system weighted-F1 0.64",
      get: (x) => x.trac?.macroF1,
    },
    {
      measure: "ETHOS (YouTube and Reddit comments): hate ROC-AUC",
      data: r.ethos ? `${r.ethos.n} comments, ${r.ethos.positives} hateful` : "—",
      published: "",
      get: (x) => x.ethos?.hateAuc,
    },
    {
      measure: "ETHOS: hate F1 at the default threshold",
      data: "same",
      published: "",
      get: (x) => x.ethos?.f1,
    },
    {
      measure: "HateXplain eval half: 3-class macro-F1",
      data: `${r.hatexplain?.n ?? "—"} posts`,
      published: "BERT-HateXplain 0.687 (test)",
      get: (x) => x.hatexplain?.macroF1,
    },
    {
      measure: "HateXplain eval half: hate ROC-AUC (hatespeech vs the rest)",
      data: "same",
      published: "",
      get: (x) => x.hatexplain?.hateAuc,
    },
    {
      measure:
        "HateXplain eval half: abuse ROC-AUC (max hate, harassment; offensive or hatespeech vs normal)",
      data: "same",
      published: "",
      get: (x) => x.hatexplain?.abuseAuc,
    },
  );
  return out;
}

const isShare = (measure: string) =>
  /accuracy|correct|functional/.test(measure) && !/ROC|F1/.test(measure);

export function comparisonLines(c: TComparison): string[] {
  const lines = [
    "| measure | data | v1 | v2 stage 1 | v2 stage 2 | published |",
    "|---|---|---|---|---|---|",
  ];
  for (const row of rows(c.stage1)) {
    const fmt = isShare(row.measure) ? pct : f3;
    lines.push(
      `| ${row.measure} | ${row.data} | ${fmt(row.get(c.v1))} | ${fmt(row.get(c.stage1))} | ${c.stage2 ? fmt(row.get(c.stage2)) : "—"} | ${row.published || "—"} |`,
    );
  }
  return lines;
}

export function functionalLines(c: TComparison): string[] {
  const lines = [
    "| functionality | hateful? | cases | v1 | v2 stage 1 | v2 stage 2 |",
    "|---|---|---|---|---|---|",
  ];
  const share = (r: TDevSetsReport | null, k: string) => {
    const f = r?.functional.byFunctionality[k] ?? r?.functionalGroups?.byFunctionality[k];
    return f ? pct(f.correct / f.n) : "—";
  };
  // Own suite first, then the group suite (its functionalities carry HateCheck's F-numbers).
  const all = {
    ...c.stage1.functional.byFunctionality,
    ...c.stage1.functionalGroups?.byFunctionality,
  };
  for (const [k, f] of Object.entries(all)) {
    lines.push(
      `| ${k} | ${f.hateful ? "yes" : "no"} | ${f.n} | ${share(c.v1, k)} | ${share(c.stage1, k)} | ${share(c.stage2, k)} |`,
    );
  }
  return lines;
}

/** Per functionality on the blind suite, kept apart: its names overlap the group suite's. */
export function blindFunctionalLines(
  c: TComparison,
  suite: (r: TDevSetsReport) => TDevSetsReport["functionalBlind"] = (r) => r.functionalBlind,
): string[] {
  const lines = [
    "| functionality | hateful? | cases | v2 stage 1 | v2 stage 2 |",
    "|---|---|---|---|---|",
  ];
  const share = (r: TDevSetsReport | null, k: string) => {
    const f = r ? suite(r)?.byFunctionality[k] : undefined;
    return f ? pct(f.correct / f.n) : "—";
  };
  for (const [k, f] of Object.entries(suite(c.stage1)?.byFunctionality ?? {})) {
    lines.push(
      `| ${k} | ${f.hateful ? "yes" : "no"} | ${f.n} | ${share(c.stage1, k)} | ${share(c.stage2, k)} |`,
    );
  }
  return lines;
}
