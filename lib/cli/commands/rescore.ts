// `vigil rescore [--all]`: scores comments never scored (or all of them) with the current engine.
import { parseArgs } from "node:util";
import type { TCommand } from "../command";
import { openCliDb } from "../open-db";
import { backfillScores } from "@/lib/triage/score-comments";

export const command: TCommand = {
  name: "rescore",
  summary: "Score stored comments (backfill)",
  usage: "vigil rescore [--all]   (default: only comments never scored)",
  async run(argv) {
    const { values } = parseArgs({ args: argv, options: { all: { type: "boolean" } } });
    const db = await openCliDb();
    try {
      const started = performance.now();
      const summary = await backfillScores(db, {
        all: values.all,
        onProgress: (done) => process.stderr.write(`\rscored ${done.toLocaleString()}`),
      });
      process.stderr.write("\n");
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`scored ${summary.scored} comment(s) in ${seconds.toFixed(1)} s; ${summary.flagged} over a threshold; ${summary.ruleActions} acted on by rules\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
