// The seed pages' comments, cut out by plain string slicing (no import parser): hateful ones must
// score high on hate with the offending words highlighted; military talk must stay low.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadDefaultEngine } from "@/lib/triage/default-engine";

const engine = loadDefaultEngine();
const seed = (file: string) => readFileSync(path.resolve("seeds", file), "utf8");

/** The paragraph (blank-line or line separated) of a seed that starts with `start`. */
function comment(file: string, start: string): string {
  const text = seed(file);
  const at = text.indexOf(start);
  if (at < 0) throw new Error(`seed ${file} has no comment starting "${start}"`);
  const end = text.indexOf("\n", at);
  return text.slice(at, end < 0 ? undefined : end).trim();
}

const spanWords = (text: string, harm = "hate") =>
  engine
    .score({ text })
    .spans.filter((s) => s.category === harm)
    .map((s) => text.slice(s.start, s.end))
    .join(" | ");

describe("seed comments", () => {
  it("flags the antisemitic 'Jew world order' comment with its offending words highlighted", () => {
    const text = comment("000_29266f679b1960d9.txt", "These contained areas");
    const r = engine.score({ text });
    expect(r.scores.hate).toBeGreaterThan(0.9);
    expect(r.priority).toBeGreaterThan(90);
    const words = spanWords(text);
    expect(words).toMatch(/Jew world order/);
    expect(words).toMatch(/Never trust a Jew/);
  });

  it("flags anti-Muslim invasion talk and the ISISrael blend in the long conspiracy comment", () => {
    const text = comment("004_90cc901d1f5fcac3.txt", "ISIS never runs out");
    const r = engine.score({ text });
    expect(r.flagged).toEqual(expect.arrayContaining(["hate", "misinformation"]));
    const words = spanWords(text);
    expect(words).toMatch(/muslum invaders/);
    expect(words).toMatch(/ISISrael/);
  });

  it("flags 'hasbarats' and 'wahabimossad' as coded hate", () => {
    for (const start of ["CIA trolls and hasbarats", "Condolences to the fallen wahabimossad"]) {
      const text = comment("004_90cc901d1f5fcac3.txt", start);
      expect(engine.score({ text }).scores.hate, start).toBeGreaterThan(0.5);
    }
  });

  it("flags praise of the Islamic State as extremism", () => {
    const text = comment("001_bd5afbfa4d7f944d.txt", "Islamic State was a REAL state");
    expect(engine.score({ text }).flagged).toContain("extremism");
  });

  it("flags the conspiracy claims", () => {
    expect(
      engine.score({ text: comment("004_90cc901d1f5fcac3.txt", "ISIS is amerika") }).flagged,
    ).toContain("misinformation");
    expect(
      engine.score({ text: comment("000_29266f679b1960d9.txt", "But Russia can expose") }).flagged,
    ).toContain("misinformation");
  });

  it("keeps ordinary military discussion low, including insults aimed at ISIS", () => {
    const calm = [
      ["000_29266f679b1960d9.txt", "I’d go for the central pocket. Less ISIS rats"],
      ["000_29266f679b1960d9.txt", "They have already launched the attack"],
      ["000_29266f679b1960d9.txt", "ISIS never had a chance to regain"],
      ["002_f535dcb6fbed5922.txt", "If the Daesh capture Deir-ez-Zor"],
      ["002_f535dcb6fbed5922.txt", "Troops freed up after West Ghouta"],
      ["004_90cc901d1f5fcac3.txt", "Kill every single daeshbag"],
      ["004_90cc901d1f5fcac3.txt", "I don’t know if the SAA have those big rocket"],
      ["004_90cc901d1f5fcac3.txt", "Iran, Russia and Syria all have to coordinate"],
    ];
    for (const [file, start] of calm) {
      const r = engine.score({ text: comment(file, start) });
      expect(r.scores.hate, start).toBeLessThan(0.5);
      expect(
        r.flagged.filter((h) => h !== "harassment" && h !== "profanity"),
        start,
      ).toEqual([]);
      expect(r.priority, start).toBeLessThan(60);
    }
  });
});
