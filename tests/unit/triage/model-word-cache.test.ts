// The scorer's per-word cache gives the logits that reading every feature gives: document heads,
// token head and each word's contribution, for repeated words, folded identities, digits, long
// tokens, possessives, unseen words and a cache that fills up and starts afresh.
import { describe, expect, it } from "vitest";
import { loadDefaultModel } from "@/lib/triage/default-engine";
import { extractFeatures } from "@/lib/triage/model/features";
import { tokenContribution } from "@/lib/triage/model/linear-model";
import {
  createWordCache,
  lastTokenContribution,
  packModel,
  PACKED_MAX_HEADS,
  scoreDocPacked,
  scorePacked,
} from "@/lib/triage/model/packed-scorer";
import { prepareDoc } from "@/lib/triage/text/doc";

const model = loadDefaultModel()!;
const packed = packModel(model)!;

const texts = [
  "The council met on Tuesday to discuss the new budget for the library.",
  "Muslims are vermin, muslims are VERMIN and the jew's money rules them.",
  "word word word word word",
  "Call 555-0199 or 555-0123 before 10pm, room 42b.",
  "Supercalifragilisticexpialidociousandthensomemorelettersattheend is a long one.",
  "l00k at th3se f*cking id1ots!!! 🔥🔥",
  "Gay people live here. Gay people work here. They are our neighbours.",
  "a",
  "Ünïcödé wörds, naïve café and ﬁnance.",
];

function reference(text: string) {
  const f = extractFeatures(prepareDoc(text));
  const logits = new Float64Array(PACKED_MAX_HEADS);
  const tokens = Array.from(scorePacked(packed, f, logits));
  const contributions = model.heads.map((head) =>
    Array.from({ length: f.tokens }, (_, i) => tokenContribution(head, f, i)),
  );
  return { logits: Array.from(logits), tokens, contributions };
}

function cached(text: string, cache = createWordCache()) {
  const doc = prepareDoc(text);
  const logits = new Float64Array(PACKED_MAX_HEADS);
  const tokens = Array.from(scoreDocPacked(packed, cache, doc, logits));
  const contributions = model.heads.map((_, h) =>
    Array.from({ length: doc.count }, (_, i) => lastTokenContribution(h, i)),
  );
  return { logits: Array.from(logits), tokens, contributions };
}

function expectClose(actual: number[], expected: number[]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 9));
}

describe("n-gram scorer with a per-word cache", () => {
  it("gives every comment the logits of the feature-by-feature scorer, cold and warm", () => {
    const cache = createWordCache();
    for (const round of [1, 2]) {
      for (const text of texts) {
        const want = reference(text);
        const got = cached(text, cache);
        expectClose(got.logits, want.logits);
        expectClose(got.tokens, want.tokens);
        got.contributions.forEach((c, h) => expectClose(c, want.contributions[h]));
      }
      expect(cache.size, `round ${round}`).toBeGreaterThan(20);
    }
  });

  it("starts afresh when full and still scores the same", () => {
    const cache = createWordCache(8);
    // Comments of more words than that grow it; shorter ones fill it and it starts afresh.
    for (const text of [...texts, ...texts]) {
      const want = reference(text);
      const got = cached(text, cache);
      expectClose(got.logits, want.logits);
      expectClose(got.tokens, want.tokens);
      expect(cache.size).toBeLessThanOrEqual(Math.max(8, cache.capacity));
    }
  });
});
