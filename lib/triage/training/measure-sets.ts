// Held-out and "measure"-only sets for `vigil eval` and threshold calibration. Nothing here is
// ever trained on: the measure-only sets (Unhealthy Comments, SFU, TRAC, ETHOS) have
// non-commercial or copyleft licences, the others are the held-out halves of train sets.

import { loadHateXplain, loadToxicSpans } from "../model/training/datasets";
import { hateXplainSplit } from "../model/training/splits";
import { cleanSocial, fileIn, readTable } from "./read-files";
import { bucketOf, implicitHateHeldOut } from "./splits";

/**
 * DynaHate test and the implicit-hate held-out fifth are measured on a stable hash-chosen sample
 * of at most this many texts: stage 2 embeds every text it scores (~25–50 ms each on an idle core,
 * several times that on a shared one). The news-comment sets (Unhealthy Comments test, SFU, TRAC)
 * and the HateXplain eval half are measured whole: their positives are few (≈ 90–110 unfair
 * generalisations or hostile comments in 4,425 UCC test comments), and a 400-text sample left
 * 10–20, too few to tell one model from another. v1 and v2 are measured on the same texts.
 */
export const EVAL_CAP = 400;
export const CALIBRATION_CAP = 500;

function sample<T extends { text: string }>(items: T[], cap: number, salt: string): T[] {
  if (items.length <= cap) return items;
  return items.filter(
    (x) => bucketOf(`${salt}:${x.text}`, 1_000_000) < (cap / items.length) * 1_000_000,
  );
}

export type TDynaHateItem = { text: string; hate: 0 | 1; type: string };
export type TImplicitItem = { text: string; cls: "not_hate" | "implicit_hate" | "explicit_hate" };
/** Unhealthy Comments: unhealthy = not healthy; the attributes as 0/1. */
export type TUccItem = {
  text: string;
  unhealthy: 0 | 1;
  hostile: 0 | 1;
  antagonize: 0 | 1;
  generalisationUnfair: 0 | 1;
  condescending: 0 | 1;
  dismissive: 0 | 1;
};
export type TSfuItem = { text: string; toxicity: number };
export type TTracItem = { text: string; label: "NAG" | "CAG" | "OAG" };
export type THateXplainItem = { text: string; label: "normal" | "offensive" | "hatespeech" };
/** ETHOS: hate = at least half of the annotators saw hate speech (the data set's own binary cut). */
export type TEthosItem = { text: string; hate: 0 | 1 };

export function dynaHateTest(dataDir: string, full = false): TDynaHateItem[] | null {
  const file = fileIn(dataDir, "dynahate/db_test.csv");
  if (!file) return null;
  return sample(
    readTable(file).map((r) => ({
      text: r.text,
      hate: r.label === "hate" ? (1 as const) : (0 as const),
      type: r.type || "none",
    })),
    full ? Infinity : EVAL_CAP,
    "dh-eval",
  );
}

export function implicitHateTest(dataDir: string): TImplicitItem[] | null {
  const file = fileIn(dataDir, "implicit-hate/implicit_hate_v1_stg1_posts.tsv");
  if (!file) return null;
  return readTable(file, { delimiter: "\t" })
    .map((r) => ({ text: cleanSocial(r.post), cls: r.class as TImplicitItem["cls"] }))
    .filter((r) => r.text && implicitHateHeldOut(r.text));
}

export function implicitHateTestSample(dataDir: string): TImplicitItem[] | null {
  const all = implicitHateTest(dataDir);
  return all && sample(all, EVAL_CAP, "ih-eval");
}

export function unhealthyCommentsSample(dataDir: string, part: "test" | "val"): TUccItem[] | null {
  const all = unhealthyComments(dataDir, part);
  return all && sample(all, part === "test" ? EVAL_CAP : CALIBRATION_CAP, `ucc-${part}`);
}

export function unhealthyComments(dataDir: string, part: "test" | "val"): TUccItem[] | null {
  const file = fileIn(dataDir, `unhealthy-comments-corpus/${part}.csv`);
  if (!file) return null;
  const bit = (s: string | undefined) => (Number(s) >= 0.5 ? 1 : 0);
  return readTable(file)
    .filter((r) => r.comment && r.healthy !== "")
    .map((r) => ({
      text: r.comment,
      unhealthy: bit(r.healthy) ? 0 : 1,
      hostile: bit(r.hostile),
      antagonize: bit(r.antagonize),
      generalisationUnfair: bit(r.generalisation_unfair),
      condescending: bit(r.condescending),
      dismissive: bit(r.dismissive),
    }));
}

export function sfuComments(dataDir: string, full = false): TSfuItem[] | null {
  const file = fileIn(dataDir, "sfu-constructiveness-toxicity/SFU_constructiveness_toxicity.csv");
  if (!file) return null;
  const all = readTable(file)
    .filter((r) => r.comment && Number(r.is_toxic_popular_answer_1) >= 1)
    .map((r) => ({ text: r.comment, toxicity: Number(r.is_toxic_popular_answer_1) }));
  return sample(all, full ? Infinity : CALIBRATION_CAP, "sfu");
}

export function tracFacebookGold(dataDir: string, full = false): TTracItem[] | null {
  const file = fileIn(dataDir, "trac1-english/agr_en_fb_gold.csv");
  if (!file) return null;
  const all = readTable(file, { columns: ["id", "text", "label"] })
    .filter((r) => r.text && ["NAG", "CAG", "OAG"].includes(r.label))
    .map((r) => ({ text: r.text, label: r.label as TTracItem["label"] }));
  return sample(all, full ? Infinity : EVAL_CAP, "trac");
}

export function hateXplainEvalHalf(dataDir: string, full = false): THateXplainItem[] | null {
  const file = fileIn(dataDir, "hatexplain/hatexplain_val.jsonl");
  if (!file) return null;
  const all = loadHateXplain(file)
    .filter((p) => hateXplainSplit(p.id) === "eval")
    .map((p) => ({ text: p.text, label: p.label }));
  return sample(all, full ? Infinity : EVAL_CAP, "hx");
}

/**
 * ETHOS binary (Mollas et al. 2022): YouTube and Reddit comments, `comment;isHate` with isHate the
 * share of annotators who saw hate speech. Rows without text or a number are skipped.
 */
export function ethosComments(dataDir: string): TEthosItem[] | null {
  const file = fileIn(dataDir, "ethos/Ethos_Dataset_Binary.csv");
  if (!file) return null;
  return readTable(file, { delimiter: ";" })
    .filter((r) => r.comment?.trim() && r.isHate !== "" && Number.isFinite(Number(r.isHate)))
    .map((r) => ({ text: r.comment, hate: Number(r.isHate) >= 0.5 ? (1 as const) : (0 as const) }));
}

/** Every text the evaluation reports on: training rows equal to one of them are dropped. */
export function heldOutTexts(dataDir: string): string[] {
  const out: string[] = [];
  const add = (items: Array<{ text: string }> | null) => items?.forEach((x) => out.push(x.text));
  add(dynaHateTest(dataDir, true));
  add(implicitHateTest(dataDir));
  add(unhealthyComments(dataDir, "test"));
  add(unhealthyComments(dataDir, "val"));
  add(sfuComments(dataDir, true));
  add(tracFacebookGold(dataDir, true));
  add(hateXplainEvalHalf(dataDir, true));
  add(ethosComments(dataDir));
  const trial = fileIn(dataDir, "toxic_spans/tsd_trial.csv");
  if (trial) add(loadToxicSpans(trial));
  return out;
}

/** The texts stage 2 needs vectors for when evaluating and calibrating, in the order they matter. */
export function evalSubsets(dataDir: string): Record<string, string[]> {
  const texts = (items: Array<{ text: string }> | null) => (items ?? []).map((x) => x.text);
  return {
    uccVal: texts(unhealthyComments(dataDir, "val")),
    uccTest: texts(unhealthyComments(dataDir, "test")),
    sfu: texts(sfuComments(dataDir, true)),
    trac: texts(tracFacebookGold(dataDir, true)),
    hatexplain: texts(hateXplainEvalHalf(dataDir, true)),
    dynahate: texts(dynaHateTest(dataDir)),
    implicit: texts(implicitHateTestSample(dataDir)),
  };
}
