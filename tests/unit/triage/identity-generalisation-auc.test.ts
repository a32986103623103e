// The eval's news-comment figure for generalisations about protected identities: which comments it
// keeps (every non-generalisation, and the generalisations naming a protected identity) and the
// ROC-AUC of the hate score over them, on results of the real stage-1 engine.
import { describe, expect, it } from "vitest";
import { loadDefaultEngine } from "@/lib/triage/default-engine";
import { identityGeneralisationAuc } from "@/lib/triage/eval/dev-sets-eval";

describe("identityGeneralisationAuc", () => {
  const engine = loadDefaultEngine();
  const rows: Array<[string, number]> = [
    ["Muslims are all terrorists and liars.", 1],
    ["Immigrants are parasites who ruin every town.", 1],
    ["The Liberals never learn.", 1], // about a party: left out of the figure
    ["The council voted to repair the bridge on Tuesday.", 0],
    ["Great article, thanks for the clear reporting.", 0],
    ["I disagree with the premier's budget.", 0],
  ];
  const results = rows.map(([text]) => engine.score({ text }));

  it("counts only the generalisations that name a protected identity", () => {
    const r = identityGeneralisationAuc(
      results,
      rows.map(([, y]) => y),
    );
    expect(r.identityGeneralisations).toBe(2);
    // Both identity generalisations score above every ordinary comment.
    expect(r.hateAucIdentityGeneralisation).toBe(1);
  });

  it("is lower when an ordinary comment outscores a kept generalisation", () => {
    const flipped = results.map((x, i) =>
      i === 3 ? { ...x, scores: { ...x.scores, hate: 0.999 } } : x,
    );
    const r = identityGeneralisationAuc(
      flipped,
      rows.map(([, y]) => y),
    );
    expect(r.hateAucIdentityGeneralisation).toBeCloseTo(4 / 6, 5);
  });
});
