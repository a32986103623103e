// `npm run eval:parse [-- --json] [-- --verbose]`: parses every page of the development corpus
// (tests/fixtures/pages/manifest.json) in each format it has and prints the fidelity per page and
// overall, real pages and constructed layouts separately.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseFile } from "../parse-file";
import { scoreParse, type TFidelity, type TGold } from "./fidelity";

type TPage = {
  id: string;
  kind: "real" | "constructed";
  site: string;
  system: string;
  language: string;
  files: Record<string, string>;
  threadsIn?: string[];
  gold: TGold;
};

const root = path.resolve(import.meta.dirname, "../../../../tests/fixtures/pages");
const manifest = JSON.parse(readFileSync(path.join(root, "manifest.json"), "utf8")) as {
  pages: TPage[];
};
const args = new Set(process.argv.slice(2));

type TRow = {
  id: string;
  kind: string;
  format: string;
  detected: string;
  language: string;
  system: string;
} & TFidelity;
const rows: TRow[] = [];
for (const page of manifest.pages) {
  for (const [format, file] of Object.entries(page.files)) {
    const bytes = readFileSync(path.join(root, file));
    const result = parseFile(new Uint8Array(bytes), { filename: path.basename(file) });
    rows.push({
      id: page.id,
      kind: page.kind,
      format,
      detected: result.format,
      language: page.language,
      system: page.system,
      ...scoreParse(result.articles[0] ?? null, page.gold, {
        threads: !page.threadsIn || page.threadsIn.includes(format),
        format,
      }),
    });
  }
}

const mean = (xs: TRow[]) => (xs.length ? xs.reduce((n, r) => n + r.score, 0) / xs.length : NaN);
const summary = {
  overall: mean(rows),
  real: mean(rows.filter((r) => r.kind === "real")),
  constructed: mean(rows.filter((r) => r.kind === "constructed")),
  worst: rows.reduce((w, r) => (r.score < w.score ? r : w), rows[0]),
  documents: rows.length,
  pages: manifest.pages.length,
};
if (args.has("--json")) {
  console.log(
    JSON.stringify(
      { summary: { ...summary, worst: `${summary.worst.id} (${summary.worst.format})` }, rows },
      null,
      1,
    ),
  );
} else {
  console.log(
    `${"page".padEnd(30)}${"kind".padEnd(13)}${"format".padEnd(7)}${"lang".padEnd(5)}${"fidelity".padStart(9)}  checks`,
  );
  for (const r of rows) {
    console.log(
      `${r.id.padEnd(30)}${r.kind.padEnd(13)}${r.format.padEnd(7)}${r.language.padEnd(5)}${r.score.toFixed(2).padStart(9)}  ${r.passed}/${r.total}`,
    );
    if (args.has("--verbose"))
      for (const f of r.failed) console.log(`    ✗ ${f.what}${f.detail ? ` (${f.detail})` : ""}`);
  }
  console.log(
    `\n${summary.documents} documents from ${summary.pages} pages: overall ${summary.overall.toFixed(3)}, real pages ${summary.real.toFixed(3)}, constructed layouts ${summary.constructed.toFixed(3)}; lowest ${summary.worst.id} (${summary.worst.format}) ${summary.worst.score.toFixed(2)}`,
  );
}
