// The learned projection of encoder vectors: identity keeps cosines, training on lists where only
// some dimensions carry the match lifts the right claim, and out-of-fold cosines cover every text.
import { describe, expect, it } from "vitest";
import {
  identityProjection,
  outOfFoldProjections,
  PROJECTION,
  projectedCosines,
  trainProjection,
  type TProjectionList,
} from "@/lib/triage/factcheck/embedding-projection";
import { cosine } from "@/lib/triage/encoder/sentence-encoder";

const DIM = 16;

function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 16807) % 2147483647) / 2147483647) * 2 - 1;
}

/**
 * Texts whose right claim agrees with them on dimensions 0–3 only; dimensions 4–15 are loud noise
 * that wrong claims share with the text more than the right one does.
 */
function syntheticLists(n: number, seed = 3): TProjectionList[] {
  const rand = rng(seed);
  return Array.from({ length: n }, () => {
    const text = Float32Array.from({ length: DIM }, (_, i) => (i < 4 ? rand() : 3 * rand()));
    const gold = Math.floor(((rand() + 1) / 2) * 6) % 6;
    const claims = Array.from({ length: 6 }, (_, c) =>
      Float32Array.from({ length: DIM }, (_, i) =>
        i < 4
          ? c === gold
            ? text[i]
            : rand()
          : c === gold
            ? 3 * rand()
            : text[i] * 0.6 + 2 * rand(),
      ),
    );
    return { text, claims, ys: claims.map((_, c) => (c === gold ? 1 : 0) as 0 | 1) };
  });
}

function top1(lists: readonly TProjectionList[], cos: (l: TProjectionList) => number[]): number {
  return (
    lists.filter((l) => {
      const c = cos(l);
      return l.ys[c.indexOf(Math.max(...c))] === 1;
    }).length / lists.length
  );
}

describe("embedding projection", () => {
  it("the identity projection gives the plain cosine", () => {
    const [l] = syntheticLists(1);
    const got = projectedCosines(identityProjection(DIM, 2), l.text, l.claims);
    l.claims.forEach((c, i) => expect(got[i]).toBeCloseTo(cosine(l.text, c), 5));
  });

  it("training on true pairs lifts the right claim on held-out texts", () => {
    const train = syntheticLists(300, 3);
    const held = syntheticLists(200, 11);
    const proj = trainProjection(train, { rank: 0, epochs: 80, rate: 0.05, negatives: 6 });
    const before = top1(held, (l) => l.claims.map((c) => cosine(l.text, c)));
    const after = top1(held, (l) => projectedCosines(proj, l.text, l.claims));
    expect(after).toBeGreaterThan(before + 0.2);
    // The signal dimensions gain weight over the noise ones.
    const mean = (xs: number[]) => xs.reduce((a, b) => a + Math.abs(b), 0) / xs.length;
    expect(mean(proj.diag.slice(0, 4))).toBeGreaterThan(mean(proj.diag.slice(4)));
  });

  it("out-of-fold projections are fitted per fold and on all texts", () => {
    const lists = syntheticLists(40);
    const { folds, full } = outOfFoldProjections(lists, { rank: 1, epochs: 3, negatives: 6 }, 4);
    expect(folds).toHaveLength(4);
    for (const p of [...folds, full]) expect(p.diag).toHaveLength(DIM);
    expect(folds[0].diag).not.toEqual(full.diag);
  });

  it("projected claims are kept per vector, and a projection whose weights are replaced projects anew", () => {
    const p = identityProjection(3);
    const text = Float32Array.from([1, 0, 0]);
    const claim = Float32Array.from([1, 1, 0]);
    expect(projectedCosines(p, text, [claim])[0]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(projectedCosines(p, text, [claim])[0]).toBeCloseTo(Math.SQRT1_2, 6);
    Object.assign(p, { diag: [1, 0, 1] });
    expect(projectedCosines(p, text, [claim])[0]).toBeCloseTo(1, 6);
  });

  it("the shipped projection fits the encoder's dimension", () => {
    expect(PROJECTION.diag).toHaveLength(512);
    expect(PROJECTION.a).toHaveLength(512 * PROJECTION.rank);
  });
});
