import { describe, expect, it } from "vitest";
import { loadDefaultEngine, loadDefaultModel } from "@/lib/triage/default-engine";
import { createModelAnalyzer } from "@/lib/triage/model/analyzer";
import { BUCKETS, extractFeatures, FEATURE_MASK, REPEAT } from "@/lib/triage/model/features";
import { headLogit } from "@/lib/triage/model/linear-model";
import { docExample } from "@/lib/triage/model/training/examples";
import { FtrlLogistic } from "@/lib/triage/model/training/ftrl";
import { prepareDoc } from "@/lib/triage/text/doc";
import { loadStage2Model, loadStage2Scorer } from "@/lib/triage/stage2";

// The n-gram model's document heads count each distinct feature once: saying a thing a thousand
// times is no more evidence than saying it once or twice. Before, the sum over features grew with
// the square root of the repetitions and "word word word …" scored as hate.

const repeat = (s: string, n: number) => Array.from({ length: n }, () => s).join(" ");
const benign = "The council met on Tuesday to discuss the new budget for the library and the park.";
const longBenign =
  "I read the article twice and I still think the plan for the bus routes makes sense. The " +
  "numbers on ridership were clear, and the families who live out by the river have waited " +
  "years for a better connection. My neighbour drives to work because the bus takes an hour, " +
  "and that is not a choice anyone should have to make. Still, the cost estimate seems low to " +
  "me, and I would like to see the council publish the full report before the vote next month.";

describe("n-gram features of repeated text", () => {
  it("flag every repeated occurrence and count the distinct features once", () => {
    const once = extractFeatures(prepareDoc("word word"));
    const onceDistinct = once.distinct;
    const onceFeats = Array.from(once.feats.filter((v) => v < REPEAT)).sort();
    const many = extractFeatures(prepareDoc(repeat("word", 1000)));
    expect(many.count).toBeGreaterThan(100 * onceDistinct);
    expect(many.distinct).toBe(onceDistinct);
    expect(Array.from(many.feats.filter((v) => v < REPEAT)).sort()).toEqual(onceFeats);
    // Every token keeps its own features for the token head (unflagged with FEATURE_MASK).
    const t = many.tokens - 1;
    const last = Array.from(many.feats.subarray(many.tokFrom[t], many.tokTo[t]));
    expect(last.every((v) => v >= REPEAT)).toBe(true);
    expect(last.map((v) => v & FEATURE_MASK)).toEqual(
      Array.from(many.feats.subarray(many.tokFrom[0], many.tokTo[0])),
    );
  });

  it("give a head the same logit for a sentence said once and said fifty times", () => {
    const weights = new Float32Array(BUCKETS).fill(0.5);
    const head = { bias: -1, weights };
    const one = headLogit(head, extractFeatures(prepareDoc(benign)));
    const fifty = headLogit(head, extractFeatures(prepareDoc(repeat(benign, 50))));
    expect(fifty).toBeCloseTo(one, 1);
  });

  it("are the same in training and in scoring", () => {
    const text = `${repeat("word", 300)} ${longBenign} ${longBenign}`;
    const example = docExample(text, { hate: 1 }, 1, "test", "train");
    const f = extractFeatures(prepareDoc(text));
    expect(example.feats.length).toBe(f.distinct);
    const model = new FtrlLogistic(BUCKETS);
    for (let i = 0; i < 5; i++) model.update(example, 1, 1);
    const head = { bias: model.bias, weights: model.weights() };
    expect(headLogit(head, f)).toBeCloseTo(model.predictLogit(example), 5);
  });
});

describe("the shipped n-gram model on repeated and long text", () => {
  const analyzer = createModelAnalyzer(loadDefaultModel()!);
  const score = (text: string) => analyzer.analyze({ text }).scores;

  it("scores a word repeated a thousand times as it scores the word said twice", () => {
    for (const w of ["word", "the", "hello"]) {
      const many = score(repeat(w, 1000));
      const twice = score(`${w} ${w}`);
      expect(many.hate).toBeCloseTo(twice.hate!, 6);
      expect(many.harassment).toBeCloseTo(twice.harassment!, 6);
      expect(many.hate!).toBeLessThan(0.5);
      expect(many.harassment!).toBeLessThan(0.5);
    }
  });

  it("does not raise a benign sentence or a long benign comment by repeating it", () => {
    for (const text of [benign, longBenign]) {
      const twice = score(`${text} ${text}`);
      const many = score(repeat(text, 20));
      expect(many.hate).toBeCloseTo(twice.hate!, 6);
      expect(many.hate!).toBeLessThan(0.5);
      expect(many.harassment!).toBeLessThan(0.5);
    }
  });
});

describe("the stage-1 engine on repeated text", () => {
  const engine = loadDefaultEngine();

  it("flags nothing in repeated filler or a repeated benign comment", () => {
    for (const text of [repeat("word", 1000), repeat("the", 1000), repeat(longBenign, 10)])
      expect(engine.score({ text }).flagged).toEqual([]);
  });

  it("still flags repeated hate", () => {
    for (const text of [
      repeat("Muslims are vermin and should be wiped out.", 50),
      repeat("I hate Jews.", 200),
    ])
      expect(engine.score({ text }).flagged).toContain("hate");
  });
});

describe.runIf(loadStage2Model() !== null)("stage 2 on repeated text", () => {
  it("flags neither filler nor a repeated benign comment, and still flags repeated hate", async () => {
    const engine = loadDefaultEngine();
    const scorer = await loadStage2Scorer({});
    const texts = [
      repeat("word", 1000),
      repeat(longBenign, 10),
      repeat("Muslims are vermin and should be wiped out.", 50),
    ];
    const [filler, benignMany, hate] = await scorer.scoreBatch(
      texts.map((text) => ({ input: { text }, stage1: engine.score({ text }) })),
    );
    expect(filler.stage).toBe(2);
    expect(filler.flagged).toEqual([]);
    expect(filler.scores.hate).toBeLessThan(0.3);
    expect(benignMany.flagged).toEqual([]);
    expect(hate.flagged).toContain("hate");
  });
});
