// Trains the claim ranker on CLEF 2020 train and writes ranker-weights.json and projection-weights.json (`train`), or prints
// the METRICS.md fact-check section of the evaluation (`eval`). Data folder: argument, default ../shared/data.
//   npx tsx lib/triage/factcheck/scripts/claim-ranker.ts train [DATA_DIR]
//   npx tsx lib/triage/factcheck/scripts/claim-ranker.ts eval [DATA_DIR]
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { evalFactChecks, trainClaimRanker } from "../eval-factchecks";
import { factCheckMarkdown } from "../fact-check-metrics-md";

const [mode = "eval", dataArg] = process.argv.slice(2);
const dataDir = path.resolve(dataArg ?? path.join(process.cwd(), "..", "shared", "data"));
if (!existsSync(dataDir)) {
  process.stderr.write(`data folder not found: ${dataDir}\n`);
  process.exit(2);
}
const log = (line: string) => process.stderr.write(line + "\n");
if (mode === "train") {
  const { weights, projection } = await trainClaimRanker(dataDir, log);
  const file = path.join(process.cwd(), "lib/triage/factcheck/ranker-weights.json");
  writeFileSync(file, JSON.stringify(weights, null, 2) + "\n");
  const round = (xs: number[]) => xs.map((x) => Math.round(x * 1e5) / 1e5);
  const projectionFile = path.join(process.cwd(), "lib/triage/factcheck/projection-weights.json");
  writeFileSync(
    projectionFile,
    JSON.stringify({
      ...projection,
      diag: round(projection.diag),
      a: round(projection.a),
      b: round(projection.b),
    }) + "\n",
  );
  log(`wrote ${file} and ${projectionFile}`);
} else {
  // The "Fact-check matching" section of lib/triage/METRICS.md, as `vigil eval` writes it.
  process.stdout.write(factCheckMarkdown(await evalFactChecks(dataDir, log)).join("\n"));
}
