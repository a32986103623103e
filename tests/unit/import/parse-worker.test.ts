// The import preview parses uploads in a worker thread: same result as in-process, the caller's
// event loop keeps running while a big file is parsed, and a parse over the time limit is stopped.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseFile } from "@/lib/import/parse/parse-file";
import { parseFileInWorker } from "@/lib/import/parse/parse-in-worker";
import { previewUploads } from "@/lib/import/preview";

const SEED = path.resolve(import.meta.dirname, "../../../seeds/004_90cc901d1f5fcac3.txt");
// A legal page near the size limit: tens of thousands of one-line comments (a second or more to parse).
const bigPage = () =>
  new TextEncoder().encode(
    "Headline Of The Day\n\nThe article body says something long enough to be prose.\n\n" +
      "Jane Doe\n\nI agree with this.\n\n".repeat(20_000),
  );

afterEach(() => {
  delete process.env.VIGIL_PARSE_TIMEOUT_MS;
});

describe("parseFileInWorker", () => {
  it("gives the same result as parseFile in-process", async () => {
    const bytes = readFileSync(SEED);
    const inWorker = await parseFileInWorker(new Uint8Array(bytes), { filename: "seed.txt" });
    expect(inWorker).toEqual(parseFile(new Uint8Array(bytes), { filename: "seed.txt" }));
    expect(inWorker.articles[0].comments.length).toBeGreaterThan(0);
  });

  it("keeps the caller's event loop running while a big upload is parsed (import preview)", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    let ticksAtResult = -1;
    const file = new File([bigPage()], "big.txt", { type: "text/plain" });
    const result = await previewUploads([file]).then((r) => {
      ticksAtResult = ticks;
      return r;
    });
    clearInterval(timer);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.files[0].articles[0].comments.length).toBe(20_000);
    // In-process, the parse would hold the thread and no timer could fire until it returned.
    expect(ticksAtResult).toBeGreaterThanOrEqual(10);
  }, 60_000);

  it("stops a parse that runs past the time limit with a clear error, and the next parse works", async () => {
    process.env.VIGIL_PARSE_TIMEOUT_MS = "20";
    const slow = await parseFileInWorker(bigPage(), { filename: "big.txt" });
    expect(slow.articles).toEqual([]);
    expect(slow.errors[0].where).toBe("file");
    expect(slow.errors[0].message).toMatch(/took longer than .* and was stopped/);
    delete process.env.VIGIL_PARSE_TIMEOUT_MS;
    const next = await parseFileInWorker(new Uint8Array(readFileSync(SEED)), {
      filename: "seed.txt",
    });
    expect(next.errors).toEqual([]);
    expect(next.articles).toHaveLength(1);
  }, 60_000);
});
