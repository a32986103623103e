// The page-import development corpus (tests/fixtures/pages) must keep its fidelity: every page in
// every format it has at 0.85 or better, and 0.95 overall (npm run eval:parse prints the details).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scoreParse, type TGold } from "@/lib/import/parse/eval/fidelity";
import { parseFile } from "@/lib/import/parse/parse-file";

type TPage = { id: string; files: Record<string, string>; threadsIn?: string[]; gold: TGold };
const ROOT = path.resolve(import.meta.dirname, "../../fixtures/pages");
const { pages } = JSON.parse(readFileSync(path.join(ROOT, "manifest.json"), "utf8")) as {
  pages: TPage[];
};
const documents = pages.flatMap((p) =>
  Object.entries(p.files).map(([format, file]) => ({ page: p, format, file })),
);

function fidelity(d: (typeof documents)[number]) {
  const result = parseFile(new Uint8Array(readFileSync(path.join(ROOT, d.file))), {
    filename: path.basename(d.file),
  });
  return {
    result,
    score: scoreParse(result.articles[0] ?? null, d.page.gold, {
      threads: !d.page.threadsIn || d.page.threadsIn.includes(d.format),
      format: d.format,
    }),
  };
}

describe("page-import corpus", () => {
  it.each(documents.map((d) => [`${d.page.id} (${d.format})`, d] as const))(
    "%s parses with fidelity ≥ 0.85",
    (_name, d) => {
      const { result, score } = fidelity(d);
      expect(result.format).toBe(d.format);
      expect({ score: score.score >= 0.85, failed: score.failed }).toEqual({
        score: true,
        failed: score.failed,
      });
    },
  );

  it("scores 0.95 or better overall", () => {
    const mean = documents.reduce((n, d) => n + fidelity(d).score.score, 0) / documents.length;
    expect(mean).toBeGreaterThanOrEqual(0.95);
  });

  it("the scorer fails a parse that misses comments or keeps boilerplate", () => {
    const gold: TGold = {
      title: "T",
      bodyPhrases: ["kept"],
      notInBody: ["Share this"],
      comments: [{ author: "Ann", firstWords: "Hello there" }],
    };
    const bad = scoreParse(
      {
        title: "T",
        url: null,
        source: null,
        publishedAt: null,
        body: "kept Share this",
        comments: [],
      },
      gold,
    );
    expect(bad.score).toBeLessThan(0.6);
    const good = scoreParse(
      {
        title: "T",
        url: null,
        source: null,
        publishedAt: null,
        body: "kept",
        comments: [
          {
            externalId: null,
            author: "Ann",
            replyTo: null,
            parentExternalId: null,
            postedAt: null,
            body: "Hello there, all",
          },
        ],
      },
      gold,
    );
    expect(good.score).toBe(1);
  });
});
