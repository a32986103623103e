// The span tagger: which words of a harmful comment the engine highlights, as whole words joined
// the way toxic-spans annotators mark them, and nothing on a harmless comment.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDefaultEngine, loadDefaultSpanTagger } from "@/lib/triage/default-engine";
import { createTriageEngine } from "@/lib/triage/engine";
import { evaluateToxicSpans } from "@/lib/triage/eval/toxic-spans-eval";
import { decodeSpanModel, encodeSpanModel } from "@/lib/triage/spans/span-model-file";
import {
  cutoffFor,
  keepsTermSpan,
  spansFromLogits,
  type TTaggerInput,
} from "@/lib/triage/spans/tagger";
import {
  contextFeatures,
  contextWeight,
  SPAN_BUCKETS,
  wordBucket,
  wordBucketOf,
  wordHashes,
} from "@/lib/triage/spans/token-features";
import { prepareDoc } from "@/lib/triage/text/doc";

const engine = loadDefaultEngine();
const words = (text: string, spans: Array<{ start: number; end: number }>) =>
  spans.map((s) => text.slice(s.start, s.end));

describe("span tagger in the default engine", () => {
  it("highlights the insult as a whole word, reported by the tagger as harassment", () => {
    const text = "You are a complete moron and everything you write is garbage.";
    const r = engine.score({ text });
    const tagger = r.analyzers.find((a) => a.name === "spans");
    expect(tagger, "tagger entry").toBeDefined();
    expect(words(text, tagger!.spans)).toContain("moron");
    const moron = r.spans.find((s) => text.slice(s.start, s.end).includes("moron"))!;
    expect(moron.category).toBe("harassment");
    expect(moron.reason).toMatch(/toxic/);
    // The tagger's spans stand in for the n-gram model's.
    expect(r.analyzers.find((a) => a.name === "model")?.spans).toEqual([]);
    expect(engine.analyzers.map((a) => a.name)).toContain("spans");
  });

  it("leaves a harmless comment without spans", () => {
    for (const text of [
      "The council approved the new budget for the library on Tuesday.",
      "Thanks for the reporting, the photos of the river were lovely.",
    ]) {
      expect(engine.score({ text }).spans, text).toEqual([]);
    }
  });

  it("keeps the terms analyzer's hate frame beside the tagger's words", () => {
    const text = "you idiot, muslims are vermin";
    const r = engine.score({ text });
    const hate = r.spans.filter((s) => s.category === "hate");
    expect(words(text, hate)).toEqual(["muslims are vermin"]);
    expect(words(text, r.spans)).toContain("idiot");
  });

  it("is off in an engine built without it", () => {
    const plain = createTriageEngine({ terms: [], model: null });
    expect(plain.analyzers.map((a) => a.name)).toEqual(["terms"]);
  });
});

describe("span assembly", () => {
  const input = (text: string): TTaggerInput => ({
    text,
    scores: { harassment: 0.9 },
    termSpans: [],
    modelSpans: [],
  });

  it("joins marked neighbours separated by spaces, not across punctuation", () => {
    const text = "you stupid  idiot, moron";
    const doc = prepareDoc(text);
    const spans = spansFromLogits(doc, Float32Array.from([-5, 3, 3, 3]), 0, input(text));
    expect(words(text, spans)).toEqual(["stupid  idiot", "moron"]);
  });

  it("names a word after an overlapping terms span's harm", () => {
    const text = "they are vermin";
    const doc = prepareDoc(text);
    const spans = spansFromLogits(doc, Float32Array.from([-5, -5, 2]), 0, {
      ...input(text),
      termSpans: [{ start: 0, end: 15, category: "hate", reason: "dehumanisation" }],
    });
    expect(spans).toEqual([expect.objectContaining({ start: 9, end: 15, category: "hate" })]);
  });

  it("keeps a terms span for another harm, or for a flagged abuse the tagger did not mark", () => {
    const insult = { start: 4, end: 9, category: "harassment" as const, reason: "insult" };
    const frame = { start: 0, end: 20, category: "hate" as const, reason: "dehumanisation" };
    const tagged = [{ start: 4, end: 9, category: "harassment" as const, reason: "toxic" }];
    expect(keepsTermSpan(frame, [], tagged)).toBe(true);
    expect(keepsTermSpan(insult, ["harassment"], [])).toBe(true);
    expect(keepsTermSpan(insult, ["harassment"], tagged)).toBe(false);
    expect(keepsTermSpan(insult, [], [])).toBe(false);
  });

  it("cuts relative to the comment's best word, or keeps its best word alone", () => {
    const cut = { threshold: -1, margin: 2, floor: -3 };
    expect(cutoffFor(cut, Float32Array.from([4, 0, -0.5]))).toBe(2);
    expect(cutoffFor(cut, Float32Array.from([0.5, -0.5, -4]))).toBe(-1);
    expect(cutoffFor(cut, Float32Array.from([-2, -2.5]))).toBe(-2);
    expect(cutoffFor(cut, Float32Array.from([-4]))).toBe(Infinity);
  });
});

describe("token features at scoring time", () => {
  it("sums the same buckets the training features list, edges and elongated words included", () => {
    // A table where each bucket's weight differs from its neighbours', so a wrong bucket shows.
    const w = Int8Array.from({ length: SPAN_BUCKETS }, (_, b) => ((b * 2654435761) >>> 24) - 128);
    const feats = new Int32Array(8);
    for (const text of ["idiot", "You utter moooron, go away!", "a f*** b 'quoted' jew's ok"]) {
      const doc = prepareDoc(text);
      const hashes = wordHashes(doc, new Int32Array(doc.count + 2));
      for (let i = 0; i < doc.count; i++) {
        expect(wordBucketOf(hashes[i + 1])).toBe(wordBucket(doc, i));
        const n = contextFeatures(doc, i, feats);
        let sum = 0;
        for (let k = 0; k < n; k++) sum += w[feats[k]];
        expect(contextWeight(doc, i, hashes, w), `${text} #${i}`).toBe(sum);
      }
    }
  });
});

describe("span model file", () => {
  it("round-trips exactly and rejects other files", () => {
    const weights = new Int8Array(SPAN_BUCKETS);
    weights[3] = 127;
    weights[70_000] = -64;
    weights[SPAN_BUCKETS - 1] = 1;
    const model = {
      version: "t",
      bias: -1,
      weights,
      scale: 0.02,
      threshold: -2,
      margin: 1.5,
      floor: -4,
      prefilter: -5,
      gate: 0.1,
    };
    const back = decodeSpanModel(JSON.parse(JSON.stringify(encodeSpanModel(model))));
    expect(back.weights).toEqual(weights);
    expect({ ...back, weights: null }).toEqual({ ...model, weights: null });
    expect(() => decodeSpanModel({ format: "vigil-linear-model" })).toThrow(/vigil-span-tagger/);
  });

  it("ships a small model file that loads", () => {
    const tagger = loadDefaultSpanTagger();
    expect(tagger).not.toBeNull();
    expect(tagger!.gate).toBeGreaterThan(0);
  });
});

describe("toxic-spans evaluation", () => {
  it("scores the engine's merged spans and the tagger alone, not the model's dropped spans", () => {
    const insult = "You are a complete moron.";
    const at = insult.indexOf("moron");
    const gold = Array.from({ length: 5 }, (_, k) => at + k);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "spans-")), "posts.csv");
    writeFileSync(
      file,
      `spans,text\n"${JSON.stringify(gold)}","${insult}"\n"[]","The library opens at nine."\n`,
    );
    const r = evaluateToxicSpans(engine, file);
    expect(r.posts).toBe(2);
    expect(r.f1).toBeCloseTo(1, 5);
    expect(r.byAnalyzer.spans).toBeCloseTo(1, 5);
    expect(r.byAnalyzer).not.toHaveProperty("model");
  });
});
