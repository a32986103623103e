// Figures on the development sets' held-out parts (DynaHate test, the implicit-hate held-out fifth,
// HateXplain's eval half), on the measure-only news-comment sets (Unhealthy Comments, SFU, TRAC)
// and on ETHOS (YouTube and Reddit comments, measure-only), plus the functional test suites.
// Scores only, never text, leave this module.

import { macroF1, rocAuc } from "../model/training/metrics";
import * as M from "../training/measure-sets";
import type { TTriageResult } from "../types";
import type { TEvalScorer } from "./eval-scorers";
import { functionalCases, scoreFunctional, type TFunctionalResult } from "./functional-cases";
import { evaluateGroupFunctional } from "./functional-cases-groups";
import { evaluateBlind2Functional } from "./functional-cases-blind2";
import { evaluateBlindFunctional } from "./functional-cases-blind";

export type TDevSetsReport = {
  dynahate?: {
    n: number;
    accuracy: number;
    auc: number;
    perType: Record<string, { n: number; accuracy: number }>;
  };
  implicit?: { n: number; auc: number; perClass: Record<string, { n: number; correct: number }> };
  ucc?: {
    n: number;
    unhealthyAuc: number;
    unhealthyF1: number;
    precision: number;
    recall: number;
    hateAucUnhealthy: number;
    hateAucGeneralisation: number;
    /** Unfair generalisations naming a protected identity (as the terms analyzer reads it) vs every comment that is no unfair generalisation. */
    hateAucIdentityGeneralisation?: number;
    identityGeneralisations?: number;
    harassmentAucHostile: number;
  };
  sfu?: { n: number; toxicAuc: number; hateAuc: number };
  trac?: { n: number; macroF1: number; accuracy: number };
  /** ETHOS binary: hate ROC-AUC, and F1 / precision / recall of the hate flag at the default threshold. */
  ethos?: {
    n: number;
    positives: number;
    hateAuc: number;
    f1: number;
    precision: number;
    recall: number;
  };
  /** 3-class at the default thresholds, and the scores' ranking: hate (hatespeech vs rest), abuse (not normal). */
  hatexplain?: {
    n: number;
    macroF1: number;
    accuracy: number;
    hateAuc?: number;
    abuseAuc?: number;
  };
  functional: TFunctionalResult;
  /** The second, independent suite (functional-cases-groups.ts): 29 functionalities, nine groups. */
  functionalGroups?: TFunctionalResult;
  /** The blind suite (functional-cases-blind.ts), written without sight of the rules. */
  functionalBlind?: TFunctionalResult;
  /** The second blind suite (functional-cases-blind2.ts), written after the first one's misses were read. */
  functionalBlind2?: TFunctionalResult;
};

const flaggedHate = (r: TTriageResult) => r.flagged.includes("hate");
const abuse = (r: TTriageResult) => Math.max(r.scores.hate, r.scores.harassment);

function f1Of(pred: boolean[], gold: number[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  pred.forEach((p, i) => {
    if (p && gold[i]) tp++;
    else if (p) fp++;
    else if (gold[i]) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    precision,
    recall,
  };
}

export async function evaluateDevSets(
  dataDir: string | null,
  scorer: TEvalScorer,
  log: (s: string) => void = () => {},
): Promise<TDevSetsReport> {
  const cases = functionalCases();
  const fr = await scorer.scoreTexts(cases.map((c) => c.text));
  const report: TDevSetsReport = { functional: scoreFunctional(cases, fr.map(flaggedHate)) };
  report.functionalGroups = await evaluateGroupFunctional(async (texts) =>
    (await scorer.scoreTexts(texts)).map(flaggedHate),
  );
  report.functionalBlind = await evaluateBlindFunctional(async (texts) =>
    (await scorer.scoreTexts(texts)).map(flaggedHate),
  );
  report.functionalBlind2 = await evaluateBlind2Functional(async (texts) =>
    (await scorer.scoreTexts(texts)).map(flaggedHate),
  );
  if (!dataDir) return report;
  const th = scorer.thresholds;

  const dyna = M.dynaHateTest(dataDir);
  if (dyna) {
    log(`${scorer.name}: DynaHate test (${dyna.length})`);
    const r = await scorer.scoreTexts(dyna.map((x) => x.text));
    const ok = r.map((x, i) => (flaggedHate(x) ? 1 : 0) === dyna[i].hate);
    const perType: Record<string, { n: number; accuracy: number }> = {};
    dyna.forEach((x, i) => {
      const t = (perType[x.type] ??= { n: 0, accuracy: 0 });
      t.n++;
      if (ok[i]) t.accuracy++;
    });
    for (const t of Object.values(perType)) t.accuracy /= t.n;
    report.dynahate = {
      n: dyna.length,
      accuracy: ok.filter(Boolean).length / dyna.length,
      auc: rocAuc(
        r.map((x) => x.scores.hate),
        dyna.map((x) => x.hate),
      ),
      perType,
    };
  }
  const ih = M.implicitHateTestSample(dataDir);
  if (ih) {
    log(`${scorer.name}: implicit hate held-out (${ih.length})`);
    const r = await scorer.scoreTexts(ih.map((x) => x.text));
    const perClass: Record<string, { n: number; correct: number }> = {};
    ih.forEach((x, i) => {
      const c = (perClass[x.cls] ??= { n: 0, correct: 0 });
      c.n++;
      if (flaggedHate(r[i]) === (x.cls !== "not_hate")) c.correct++;
    });
    report.implicit = {
      n: ih.length,
      auc: rocAuc(
        r.map((x) => x.scores.hate),
        ih.map((x) => (x.cls === "not_hate" ? 0 : 1)),
      ),
      perClass,
    };
  }
  const ucc = M.unhealthyComments(dataDir, "test");
  if (ucc) {
    log(`${scorer.name}: Unhealthy Comments test (${ucc.length})`);
    const r = await scorer.scoreTexts(ucc.map((x) => x.text));
    const gold = ucc.map((x) => x.unhealthy);
    const f = f1Of(
      r.map((x) => x.scores.hate >= th.hate || x.scores.harassment >= th.harassment),
      gold,
    );
    report.ucc = {
      n: ucc.length,
      unhealthyAuc: rocAuc(r.map(abuse), gold),
      unhealthyF1: f.f1,
      precision: f.precision,
      recall: f.recall,
      hateAucUnhealthy: rocAuc(
        r.map((x) => x.scores.hate),
        gold,
      ),
      hateAucGeneralisation: rocAuc(
        r.map((x) => x.scores.hate),
        ucc.map((x) => x.generalisationUnfair),
      ),
      ...identityGeneralisationAuc(
        r,
        ucc.map((x) => x.generalisationUnfair),
      ),
      harassmentAucHostile: rocAuc(
        r.map((x) => x.scores.harassment),
        ucc.map((x) => x.hostile),
      ),
    };
  }
  const sfu = M.sfuComments(dataDir, true);
  if (sfu) {
    log(`${scorer.name}: SFU (${sfu.length})`);
    const r = await scorer.scoreTexts(sfu.map((x) => x.text));
    const gold = sfu.map((x) => (x.toxicity >= 2 ? 1 : 0));
    report.sfu = {
      n: sfu.length,
      toxicAuc: rocAuc(
        r.map((x) => Math.max(abuse(x), x.scores.profanity)),
        gold,
      ),
      hateAuc: rocAuc(
        r.map((x) => x.scores.hate),
        gold,
      ),
    };
  }
  const trac = M.tracFacebookGold(dataDir, true);
  if (trac) {
    log(`${scorer.name}: TRAC Facebook gold (${trac.length})`);
    const r = await scorer.scoreTexts(trac.map((x) => x.text));
    // Overt: flagged for hate, harassment or threat; covert: an abuse score at least half its threshold.
    const pred = r.map((x) => {
      if (x.flagged.some((h) => h === "hate" || h === "harassment" || h === "threat")) return "OAG";
      return x.scores.hate >= th.hate / 2 || x.scores.harassment >= th.harassment / 2
        ? "CAG"
        : "NAG";
    });
    const m = macroF1(
      trac.map((x) => x.label),
      pred,
      ["NAG", "CAG", "OAG"],
    );
    report.trac = { n: trac.length, macroF1: m.macroF1, accuracy: m.accuracy };
  }
  const ethos = M.ethosComments(dataDir);
  if (ethos) {
    log(`${scorer.name}: ETHOS (${ethos.length})`);
    const r = await scorer.scoreTexts(ethos.map((x) => x.text));
    const gold = ethos.map((x) => x.hate);
    report.ethos = {
      n: ethos.length,
      positives: gold.filter(Boolean).length,
      hateAuc: rocAuc(
        r.map((x) => x.scores.hate),
        gold,
      ),
      ...f1Of(r.map(flaggedHate), gold),
    };
  }
  const hx = M.hateXplainEvalHalf(dataDir, true);
  if (hx) {
    log(`${scorer.name}: HateXplain eval half (${hx.length})`);
    const r = await scorer.scoreTexts(hx.map((x) => x.text));
    const pred = r.map((x) =>
      x.scores.hate >= th.hate
        ? "hatespeech"
        : Math.max(x.scores.hate, x.scores.harassment, x.scores.profanity) >= th.harassment
          ? "offensive"
          : "normal",
    );
    const m = macroF1(
      hx.map((x) => x.label),
      pred,
      ["normal", "offensive", "hatespeech"],
    );
    report.hatexplain = {
      n: hx.length,
      macroF1: m.macroF1,
      accuracy: m.accuracy,
      hateAuc: rocAuc(
        r.map((x) => x.scores.hate),
        hx.map((x) => (x.label === "hatespeech" ? 1 : 0)),
      ),
      abuseAuc: rocAuc(
        r.map(abuse),
        hx.map((x) => (x.label === "normal" ? 0 : 1)),
      ),
    };
  }
  return report;
}

/**
 * Hate ROC-AUC of the unfair generalisations that name a protected identity (as the terms analyzer
 * reads it) against every comment that is no unfair generalisation. Most of Unhealthy Comments'
 * generalisations are about parties, regions, professions or other readers, which Vigil's hate (an
 * attack on a protected identity) leaves out on purpose.
 */
export function identityGeneralisationAuc(
  results: readonly TTriageResult[],
  generalisation: readonly number[],
): { hateAucIdentityGeneralisation: number; identityGeneralisations: number } {
  const named = (x: TTriageResult) =>
    (x.analyzers.find((a) => a.name === "terms")?.signals?.identity ?? 0) > 0;
  const kept = results.flatMap((x, i) => (!generalisation[i] || named(x) ? [i] : []));
  return {
    hateAucIdentityGeneralisation: rocAuc(
      kept.map((i) => results[i].scores.hate),
      kept.map((i) => generalisation[i]),
    ),
    identityGeneralisations: kept.filter((i) => generalisation[i]).length,
  };
}
