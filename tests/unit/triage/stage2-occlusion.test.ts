import { describe, expect, it } from "vitest";
import {
  OCCLUSION_MAX_WORDS,
  OCCLUSION_WHOLE_MAX,
  occlusionCandidates,
  planOcclusion,
} from "@/lib/triage/stage2/occlusion";

const wordsOf = (text: string, ranges: Array<{ start: number; end: number }>) =>
  ranges.map((w) => text.slice(w.start, w.end));

describe("occlusion candidates", () => {
  it("tries stage 1's salient words first, then the longest, capped", () => {
    const text = "Honestly these extraordinarily complicated regulations make rats of everyone";
    const at = text.indexOf("rats");
    const words = wordsOf(text, occlusionCandidates(text, [{ start: at, end: at + 4 }]));
    expect(words[0]).toBe("rats");
    expect(words[1]).toBe("extraordinarily");
    expect(words.length).toBeLessThanOrEqual(OCCLUSION_MAX_WORDS);
  });
});

describe("occlusion plan", () => {
  it("occludes a comment up to 400 characters whole and embeds each variant once for all its harms", () => {
    const text = "those vermin people should leave our beautiful town today";
    const { probes, jobs } = planOcclusion(
      [text],
      [
        { item: 0, harm: "hate", salient: [] },
        { item: 0, harm: "harassment", salient: [] },
      ],
    );
    expect(jobs).toHaveLength(2);
    expect(jobs[0].base.every((b) => b === null)).toBe(true); // the comment's own score
    expect(jobs[1].without).toEqual(jobs[0].without); // shared probes
    expect(probes).toHaveLength(jobs[0].words.length);
    expect(probes).toContain("those people should leave our beautiful town today");
  });

  it("judges each word of a longer comment in a window, scored with and without it", () => {
    const filler = "the council met on tuesday to discuss the budget for schools and roads. ";
    const text = `${filler.repeat(4)}those vermin must go. ${filler.repeat(4)}`;
    expect(text.length).toBeGreaterThan(OCCLUSION_WHOLE_MAX);
    const at = text.indexOf("vermin");
    const { probes, jobs } = planOcclusion(
      [text],
      [{ item: 0, harm: "hate", salient: [{ start: at, end: at + 6 }] }],
    );
    const job = jobs[0];
    expect(text.slice(job.words[0].start, job.words[0].end)).toBe("vermin");
    const window = probes[job.base[0]!];
    expect(window.length).toBeLessThan(300);
    expect(window).toContain("those vermin must go");
    expect(probes[job.without[0]]).toContain("those must go");
    // Repeated words share their window's probes.
    expect(new Set(probes).size).toBe(probes.length);
  });
});

describe("occlusion within a window", () => {
  it("takes words only from the scope it is given, on the comment's own offsets", () => {
    const first = "Extraordinarily complicated regulations bother everybody. ";
    const text = `${first}Those vermin must leave.`;
    const scope = { start: first.length, end: text.length };
    const { probes, jobs } = planOcclusion([text], [{ item: 0, harm: "hate", salient: [], scope }]);
    const words = wordsOf(text, jobs[0].words);
    expect(words).toContain("vermin");
    expect(words).not.toContain("Extraordinarily");
    expect(jobs[0].base.every((b) => b !== null && probes[b] === text.slice(scope.start))).toBe(
      true,
    );
  });
});

describe("occlusion candidates skip what is not a word", () => {
  const candidates = (text: string) => wordsOf(text, occlusionCandidates(text));

  it("never picks a URL, its slug, an e-mail address or a number", () => {
    const text =
      "These vermin again, see https://news.example.com/2024/05/why-immigrants-are-ruining-everything?ref=home " +
      "or www.example.org/the-great-replacement-explained or mail complaints@city-council.example.org by 2024";
    const words = candidates(text);
    expect(words).toContain("vermin");
    expect(words.filter((w) => !["These", "vermin", "again", "see", "mail"].includes(w))).toEqual(
      [],
    );
  });

  it("picks the words around a bare slug and skips a very long token", () => {
    const text =
      "read why-immigrants-are-ruining-everything-in-our-towns and aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaah those rats";
    const words = candidates(text);
    expect(words).not.toContain("why-immigrants-are-ruining-everything-in-our-towns");
    expect(words.some((w) => w.startsWith("aaaa"))).toBe(false);
    expect(words).toContain("rats");
  });

  it("keeps leetspeak and hyphenated words, which carry the meaning", () => {
    const words = candidates("you are a n1gg3r and a sub-human");
    expect(words).toContain("n1gg3r");
    expect(words).toContain("sub-human");
    expect(candidates("They lie.Then they cheat")).toContain("cheat");
    expect(candidates("They lie.Then they cheat")).toContain("lie");
  });
});
