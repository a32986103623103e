// `vigil rescore [--all]`: scores comments never scored (or all of them) with the current engine,
// in this process, audited with the same row as "Rescore stored comments" in Settings.
import { parseArgs } from "node:util";
import type { TCommand } from "../command";
import { openCliDb } from "../open-db";
import { backfillScores } from "@/lib/triage/score-comments";
import { countRescoreTargets } from "@/lib/rescore/queries";
import { recordRescore } from "@/lib/rescore/operations/start-rescore";

export const command: TCommand = {
  name: "rescore",
  summary: "Score stored comments (backfill)",
  usage: "vigil rescore [--all]   (default: only comments never scored)",
  async run(argv) {
    const { values } = parseArgs({ args: argv, options: { all: { type: "boolean" } } });
    const db = await openCliDb();
    try {
      const all = values.all ?? false;
      const counts = await countRescoreTargets(db);
      await db.prisma.$transaction((tx) =>
        recordRescore(tx, null, { all, total: all ? counts.all : counts.unscored, via: "cli" }),
      );
      const started = performance.now();
      const summary = await backfillScores(db, {
        all,
        onProgress: (done) => process.stderr.write(`\rscored ${done.toLocaleString()}`),
      });
      process.stderr.write("\n");
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(
        `scored ${summary.scored} comment(s) in ${seconds.toFixed(1)} s; ${summary.flagged} over a threshold; ${summary.ruleActions} acted on by rules\n`,
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};
