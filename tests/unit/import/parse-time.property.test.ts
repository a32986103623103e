// Property: the page parsers are linear in the input. Any 200 KB page built from repeated tricky
// pieces (runs of punctuation, headers, markers, tags, short lines) parses within a generous bound.
// The bound (CPU time) only catches super-linear blow-ups (an 80 KB page once took 40 s); speed is in bench:parse.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText } from "@/lib/import/parse/parse-file";
import type { TImportFormat } from "@/lib/import/types";
import { ADVERSARIAL } from "../../helpers/adversarial-pages";

const SIZE = 200_000;
const BOUND_MS = 5_000;

// Pieces whose long repetition broke regex-based parsers: backtracking runs and nested scans.
const PIECES = [
  "]]",
  "]",
  " ",
  "  ",
  ".",
  "-",
  ":",
  ",",
  "|",
  "·",
  "@",
  "#",
  "a",
  "A",
  "1",
  "\n",
  "\n\n",
  "\t",
  "<",
  ">",
  "<a ",
  "<script>",
  "<!--",
  "&amp;",
  "&",
  "says",
  " says:",
  "Jane",
  "Jane Doe",
  "• ",
  "Reply",
  "12 Comments",
  "Leave a Reply",
  "June 5, 2021",
  "at 3:14 pm",
  "3 hours ago",
  "level 2",
  "39 points",
  "(",
  ")",
  "\u00a0",
  "é",
  "😀",
  "http://x.example/",
  "www.",
  "…",
  "?!",
];

// CPU time of this process, not wall time: other processes on a busy machine do not count.
function timed(text: string, format: TImportFormat): number {
  const started = process.cpuUsage();
  parseText(text, { format });
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

describe("parse time is linear in the input", () => {
  it("every named adversarial page of 200 KB parses within the bound, as a text page and as HTML", () => {
    for (const [name, make] of Object.entries(ADVERSARIAL)) {
      for (const format of ["text", "html"] as const) {
        const ms = timed(make(SIZE), format);
        expect({ name, format, ok: ms < BOUND_MS }).toEqual({ name, format, ok: true });
      }
    }
  }, 240_000);

  it("any 200 KB page made of repeated tricky pieces parses within the bound", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }),
        fc.constantFrom<TImportFormat>("text", "text", "html", "csv", "json"),
        (unit, format) => {
          const piece = unit.join("");
          const text = piece.repeat(Math.ceil(SIZE / piece.length)).slice(0, SIZE);
          expect(timed(text, format)).toBeLessThan(BOUND_MS);
        },
      ),
      { numRuns: 30 },
    );
  }, 300_000);

  it("the 80 KB page from the security report parses within the bound", () => {
    expect(timed(`<title>${"]]".repeat(40_000)}</title>`, "text")).toBeLessThan(BOUND_MS);
  });

  it("a 10 MB file of 2,000,000 short lines is refused as too large, not parsed for minutes", () => {
    const result = parseText("ab\nc\n".repeat(1_000_000), { format: "text" });
    expect(result.articles).toEqual([]);
    expect(result.errors).toEqual([
      {
        where: "document",
        message: expect.stringMatching(
          /^page too large to read as a saved page \(2 000 000 lines, limit 100 000\)/,
        ),
      },
    ]);
  });
});
