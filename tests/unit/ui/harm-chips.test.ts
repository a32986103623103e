// Queue harm chips (issue 10): harms over their threshold (the engine flagged them) come first and
// are marked "over"; strong-but-under harms still show, marked under.
import { describe, expect, it } from "vitest";
import { topHarms } from "@/components/ui/harm-chips";

const scores = {
  hate: 0.45,
  harassment: 0.2,
  threat: 0.0,
  profanity: 0.35,
  extremism: 0.0,
  misinformation: 0.52,
};

describe("topHarms", () => {
  it("puts flagged harms first, marked over, and under-threshold ones after, marked under", () => {
    expect(topHarms(scores, ["misinformation"])).toEqual([
      { harm: "misinformation", score: 0.52, over: true },
      { harm: "hate", score: 0.45, over: false },
      { harm: "profanity", score: 0.35, over: false },
    ]);
  });

  it("a flagged harm with a lower score still outranks a stronger unflagged one", () => {
    expect(topHarms({ ...scores, hate: 0.9 }, ["profanity"], 2)).toEqual([
      { harm: "profanity", score: 0.35, over: true },
      { harm: "hate", score: 0.9, over: false },
    ]);
  });
});
