import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { loadDefaultModel, resolveModelPath } from "@/lib/triage/default-engine";
import { createModelAnalyzer } from "@/lib/triage/model/analyzer";
import { decodeModel, encodeModel } from "@/lib/triage/model/model-file";
import { trainModel } from "@/lib/triage/model/training/train-model";
import type { TDecision } from "@/lib/triage/model/training/examples";

describe("shipped model file", () => {
  it("is small and decodes (load time: npm run bench:score)", () => {
    const file = resolveModelPath();
    expect(file).not.toBeNull();
    const text = readFileSync(file!, "utf8");
    expect(text.length).toBeLessThan(3 * 1024 * 1024);
    const model = decodeModel(JSON.parse(text));
    expect(model.heads.map((h) => h.harm).sort()).toEqual(["harassment", "hate"]);
    expect(model.token?.threshold).toBeGreaterThan(0);
  });

  it("gives deterministic scores and spans on the abusive words", () => {
    const analyzer = createModelAnalyzer(loadDefaultModel()!);
    const text = "you are a stupid idiot and a moron";
    const a = analyzer.analyze({ text });
    expect(analyzer.analyze({ text })).toEqual(a);
    expect(a.scores.harassment).toBeGreaterThan(0.5);
    const highlighted = a.spans.map((s) => text.slice(s.start, s.end)).join(" ");
    expect(highlighted).toMatch(/idiot/);
    expect(highlighted).not.toMatch(/\band\b/);
    expect(a.spans.every((s) => s.reason === `model: strongly associated with ${s.category}`)).toBe(
      true,
    );
  });

  it("scores calm news talk low and highlights nothing in it", () => {
    const analyzer = createModelAnalyzer(loadDefaultModel()!);
    const r = analyzer.analyze({
      text: "The army recaptured two villages near the river after heavy clashes on Tuesday.",
    });
    expect(r.scores.harassment ?? 0).toBeLessThan(0.5);
    expect(r.scores.hate ?? 0).toBeLessThan(0.5);
    expect(r.spans).toEqual([]);
  });

  it("does not highlight identity words on their own", () => {
    const analyzer = createModelAnalyzer(loadDefaultModel()!);
    const text = "Muslims and Jews and gay people live on my street";
    expect(analyzer.analyze({ text }).spans).toEqual([]);
  });

  it("round-trips through the file format within quantisation error", () => {
    const model = loadDefaultModel()!;
    const again = decodeModel(JSON.parse(JSON.stringify(encodeModel(model))));
    const a = createModelAnalyzer(model).analyze({ text: "what a pathetic loser" });
    const b = createModelAnalyzer(again).analyze({ text: "what a pathetic loser" });
    expect(b.scores.harassment).toBeCloseTo(a.scores.harassment!, 2);
  });

  it("rejects a file that is not a model", () => {
    expect(() => decodeModel({ format: "something-else" })).toThrow(/not a vigil-linear-model/);
  });
});

describe("training from moderators' decisions", () => {
  const decisions: TDecision[] = [];
  for (let i = 0; i < 80; i++) {
    decisions.push({
      text: `the quibbleflux people are worthless number ${i}`,
      labels: { hate: 1, harassment: 1 },
    });
    decisions.push({
      text: `the weather report for sector ${i} looks calm`,
      labels: { hate: 0, harassment: 0 },
    });
  }

  it("fine-tunes the current model without the data sets and moves scores toward the decisions", async () => {
    const base = loadDefaultModel()!;
    const text = "the quibbleflux people are worthless";
    const before = createModelAnalyzer(base).analyze({ text }).scores.hate!;
    const tuned = await trainModel({ dataDir: null, decisions, base });
    const after = createModelAnalyzer(tuned).analyze({ text }).scores.hate!;
    expect(after).toBeGreaterThan(before);
    expect(String(tuned.meta.version)).toMatch(/\+ft$/);
  });

  it("refuses to train with no data at all", async () => {
    await expect(trainModel({ dataDir: null, decisions: [] })).rejects.toThrow(/no training data/);
  });
});
