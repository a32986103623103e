// Trains the claim ranker on CLEF 2020 train and writes ranker-weights.json (`train`), or prints
// the fact-check rows of the evaluation (`eval`). Data folder: argument, default ../shared/data.
//   npx tsx lib/triage/factcheck/scripts/claim-ranker.ts train [DATA_DIR]
//   npx tsx lib/triage/factcheck/scripts/claim-ranker.ts eval [DATA_DIR]
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { evalFactChecks, trainClaimRanker } from "../eval-factchecks";

const [mode = "eval", dataArg] = process.argv.slice(2);
const dataDir = path.resolve(dataArg ?? path.join(process.cwd(), "..", "shared", "data"));
if (!existsSync(dataDir)) {
  process.stderr.write(`data folder not found: ${dataDir}\n`);
  process.exit(2);
}
const log = (line: string) => process.stderr.write(line + "\n");
if (mode === "train") {
  const weights = await trainClaimRanker(dataDir, log);
  const file = path.join(process.cwd(), "lib/triage/factcheck/ranker-weights.json");
  writeFileSync(file, JSON.stringify(weights, null, 2) + "\n");
  log(`wrote ${file}`);
} else {
  for (const row of await evalFactChecks(dataDir, log)) process.stdout.write(`| ${row.measure} | ${row.data} | ${row.value.toFixed(3)} |\n`);
}
