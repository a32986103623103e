// bench:queue on the embedded database (BENCH_PGLITE=1): the reads of the queue's first page on
// PGlite with the sample seeds, each timed, and all of them in the order one page render runs them
// (PGlite answers one query at a time, so the page's reads add up rather than overlap).
import { openDb } from "@/lib/db/connect";
import { bootstrap } from "@/lib/bootstrap/bootstrap";
import { parseQueueParams } from "@/lib/moderation/queue-params";
import { selectQueuePage } from "@/lib/moderation/queue-sql";
import { commentsVersion, countViews } from "@/lib/moderation/queue-counts";

type TTimer = (fn: () => Promise<unknown>) => Promise<number[]>;
type TStats = (ms: number[]) => string;

export async function benchPglite(
  time: TTimer,
  stats: TStats,
  loadLine: () => string,
): Promise<void> {
  const t = performance.now();
  const db = await openDb({ kind: "pglite", dataDir: null, display: "bench PGlite (in memory)" });
  try {
    const report = await bootstrap(db, { demo: true });
    const { rows } = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Comment"`);
    console.log(
      `PGlite in memory with the sample seeds: ${rows[0].n} comments, ${report.sample?.articles ?? 0} articles, ready in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    const user = await db.prisma.user.findFirstOrThrow({ select: { id: true } });
    const params = parseQueueParams({});
    const scenarios: Array<[string, () => Promise<unknown>]> = [
      [
        "session + user row",
        () => db.prisma.session.findFirst({ where: { userId: user.id }, include: { user: true } }),
      ],
      ["queue rows, first page", () => selectQueuePage(db.sql, params)],
      ["comments' version (count cache)", () => commentsVersion(db.sql)],
      ["view counts", () => countViews(db.sql, params)],
      [
        "preferences (user row)",
        () =>
          db.prisma.user.findUnique({
            where: { id: user.id },
            select: { autoAdvance: true, compactQueue: true },
          }),
      ],
      [
        "all of the above, in turn",
        async () => {
          await db.prisma.session.findFirst({
            where: { userId: user.id },
            include: { user: true },
          });
          await selectQueuePage(db.sql, params);
          await db.prisma.user.findUnique({
            where: { id: user.id },
            select: { autoAdvance: true, compactQueue: true },
          });
          await commentsVersion(db.sql);
          await countViews(db.sql, params);
        },
      ],
    ];
    console.log(`\nFirst page's reads on PGlite (${loadLine()}):`);
    for (const [name, fn] of scenarios)
      console.log(`  ${name.padEnd(38)} ${stats(await time(fn))}`);
  } finally {
    await db.close();
  }
}
