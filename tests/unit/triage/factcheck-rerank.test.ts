// Stage 2 of claim matching with the real sentence encoder: ranked, capped at five, `suggested`
// from the learned cut-off, and each claim embedded once (the whole library, when first needed).
import { describe, expect, it } from "vitest";
import { createClaimReranker } from "@/lib/triage/factcheck/rerank";
import { splitBlend } from "@/lib/triage/factcheck/aliases";
import { tokenize } from "@/lib/triage/factcheck/tokenize";

const LIBRARY = [
  { id: "moon", claim: "The moon landing footage was filmed in a film studio." },
  { id: "water", claim: "Drinking cold water after meals causes heart attacks." },
  { id: "carrots", claim: "Eating carrots lets people see in complete darkness." },
  { id: "bridge", claim: "The city will paint the old bridge purple next spring." },
  { id: "buses", claim: "A new law bans umbrellas on public buses." },
  { id: "lake", claim: "A lake in the hills turns pink every full moon." },
  { id: "cows", claim: "Wind turbines make nearby cows stop giving milk." },
];

describe("claim re-ranking (stage 2)", () => {
  it("ranks the repeated claim first, at most five, and embeds each claim once", async () => {
    const embedded: number[] = [];
    const reranker = await createClaimReranker({
      claims: LIBRARY,
      onEmbedded: (docs) => void embedded.push(...docs),
    });
    const texts = [
      "They never went to the moon, the landing footage was shot in a studio!",
      "my doctor said cold water after a meal can cause a heart attack",
      "Lovely weather today.",
    ];
    const [moon, water, none] = await reranker.rerank(
      texts.map((text) => ({ text, candidates: [] })),
    );
    expect(moon[0]).toMatchObject({ id: "moon", suggested: true });
    expect(water[0]).toMatchObject({ id: "water", suggested: true });
    expect(none).toEqual([]);
    for (const list of [moon, water]) {
      expect(list.length).toBeLessThanOrEqual(5);
      expect(list.map((c) => c.score)).toEqual([...list.map((c) => c.score)].sort((a, b) => b - a));
      for (const c of list) expect(c.suggested).toBe(c.score >= 0.5);
    }
    expect(new Set(embedded).size).toBe(embedded.length);
    const before = embedded.length;
    await reranker.rerank([{ text: texts[0], candidates: [] }]);
    expect(embedded.length).toBe(before);
  }, 60_000);
});

describe("name blends are split by rule, not listed", () => {
  it("splits two names sharing a seam, a group word with an actor, and an actor with a slur suffix", () => {
    expect(splitBlend("isisrael")).toEqual(["isis", "israel"]);
    expect(splitBlend("wahabimossad")).toEqual(["wahabi", "mossad"]);
    expect(splitBlend("daeshbags")).toEqual(["isis"]);
    expect(splitBlend("ciamossad")).toEqual(["cia", "mossad"]);
    expect(tokenize("ISISrael did it")).toEqual(["isis", "israel"]);
  });

  it("leaves ordinary words and plain names alone", () => {
    for (const word of [
      "information",
      "americans",
      "turkeys",
      "russiagate",
      "usability",
      "israelis",
      "nazism",
    ])
      expect(splitBlend(word)).toBeUndefined();
  });
});
