// Benchmark of the page parsers' time against input size: each adversarial page (tests/helpers/
// adversarial-pages.ts) at 50, 100, 200 and 400 KB; a linear parser's time grows ~8× over that
// range, a quadratic one ~64×. Also the security report's two inputs and the seeds' parse rate.
// Run: npm run bench:parse   (BENCH_SIZES=50000,100000 to change the sizes)
// BENCH_BASELINE=<dir holding another version's lib/import/parse> times that version in the same run,
// input by input, and prints the ratio now/before (e.g. `git archive <commit> lib/import/parse`).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseText as currentParseText } from "@/lib/import/parse/parse-file";
import type { TImportFormat } from "@/lib/import/types";
import { ADVERSARIAL } from "../helpers/adversarial-pages";

const SIZES = (process.env.BENCH_SIZES ?? "50000,100000,200000,400000").split(",").map(Number);

type TParseText = typeof currentParseText;
const baselineDir = process.env.BENCH_BASELINE;
const baseline: TParseText | null = baselineDir
  ? (await import(path.resolve(baselineDir, "lib/import/parse/parse-file.ts"))).parseText
  : null;
const parseText = currentParseText;

function best(
  text: string,
  format: TImportFormat = "text",
  runs = 3,
  impl: TParseText = parseText,
): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    impl(text, { format });
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const peakRssMb = () =>
  Number(/VmHWM:\s+(\d+)/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0) / 1024;

// First, while the process is fresh, so that its peak RSS is this input's.
const before = peakRssMb();
const lines = "ab\nc\n".repeat(1_000_000);
const t = performance.now();
const refused = parseText(lines, { format: "text" });
console.log(
  `10 MB file of 2,000,000 short lines: ${(performance.now() - t).toFixed(0)} ms, peak RSS ${peakRssMb().toFixed(0)} MB (before: ${before.toFixed(0)} MB; was 80 s and 2 GB): ${refused.errors[0]?.message ?? "parsed"}`,
);

// Warm up the JIT on a realistic page first.
const seedsDir = path.resolve(import.meta.dirname, "../../seeds");
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(path.join(seedsDir, f), "utf8"));
for (const s of seeds) parseText(s, { format: "text" });

console.log(
  `page parser time by input size (best of 3, ms); growth = time at ${SIZES.at(-1)! / 1000} KB / time at ${SIZES[0] / 1000} KB (linear ≈ ${SIZES.at(-1)! / SIZES[0]})`,
);
console.log(
  `${"input".padEnd(28)}${SIZES.map((s) => `${s / 1000} KB`.padStart(10)).join("")}    growth`,
);
let worstGrowth = 0;
for (const format of ["text", "html"] as const) {
  console.log(`-- parsed as ${format === "text" ? "a text page" : "a saved HTML page (DOM)"}`);
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    const times = SIZES.map((s) => best(make(s), format));
    const growth = times.at(-1)! / Math.max(times[0], 0.5);
    if (times.at(-1)! > 20) worstGrowth = Math.max(worstGrowth, growth);
    console.log(
      `${name.padEnd(28)}${times.map((t) => t.toFixed(1).padStart(10)).join("")}${growth.toFixed(1).padStart(10)}`,
    );
  }
}
console.log(
  `worst growth among inputs taking > 20 ms: ${worstGrowth.toFixed(1)} (linear ≈ ${SIZES.at(-1)! / SIZES[0]}, quadratic ≈ ${(SIZES.at(-1)! / SIZES[0]) ** 2})`,
);

if (baseline) {
  // Same inputs, same process, alternating versions: the ratio is what the change costs.
  const size = SIZES.at(-1)!;
  const ratios: number[] = [];
  console.log(`-- now vs ${baselineDir} at ${size / 1000} KB (best of 3, ms)`);
  for (const format of ["text", "html"] as const) {
    for (const [name, make] of Object.entries(ADVERSARIAL)) {
      const page = make(size);
      const before = best(page, format, 3, baseline);
      const now = best(page, format, 3);
      if (Math.max(now, before) >= 5) ratios.push(now / before);
      console.log(
        `${format.padEnd(5)} ${name.padEnd(28)}${before.toFixed(1).padStart(9)}${now.toFixed(1).padStart(9)}${(now / Math.max(before, 0.1)).toFixed(2).padStart(8)}`,
      );
    }
  }
  const corpusDir = path.resolve(import.meta.dirname, "../fixtures/pages");
  const corpus = (["html", "text"] as const).flatMap((f) =>
    readdirSync(path.join(corpusDir, f)).map((n) => ({
      format: f,
      text: readFileSync(path.join(corpusDir, f, n), "utf8"),
    })),
  );
  const time = (impl: TParseText) =>
    corpus.reduce((n, d) => n + best(d.text, d.format, 5, impl), 0);
  const corpusBefore = time(baseline);
  const corpusNow = time(parseText);
  const seedsBefore = seeds.reduce((n, s) => n + best(s, "text", 3, baseline), 0);
  const seedsNow = seeds.reduce((n, s) => n + best(s), 0);
  const geo = Math.exp(ratios.reduce((n, r) => n + Math.log(r), 0) / Math.max(ratios.length, 1));
  console.log(
    `adversarial inputs ≥ 5 ms: geometric mean now/before ${geo.toFixed(2)} over ${ratios.length} inputs, worst ${Math.max(...ratios).toFixed(2)}`,
  );
  console.log(
    `page corpus (${corpus.length} documents): before ${corpusBefore.toFixed(1)} ms, now ${corpusNow.toFixed(1)} ms (×${(corpusNow / corpusBefore).toFixed(2)})`,
  );
  console.log(
    `seeds (${seeds.length} pages): before ${seedsBefore.toFixed(1)} ms, now ${seedsNow.toFixed(1)} ms (×${(seedsNow / seedsBefore).toFixed(2)})`,
  );
}

const title = `<title>${"]]".repeat(40_000)}</title>`;
console.log(
  `security report page, <title> + "]]"×40,000 (80 KB): ${best(title).toFixed(1)} ms (was 40 s)`,
);

const totalChars = seeds.reduce((n, s) => n + s.length, 0);
const seedMs = seeds.reduce((n, s) => n + best(s), 0);
console.log(
  `seeds: ${seeds.length} pages, ${(totalChars / 1024).toFixed(0)} KB in ${seedMs.toFixed(1)} ms = ${(totalChars / 1024 / 1024 / (seedMs / 1000)).toFixed(2)} MB/s`,
);
