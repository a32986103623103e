// The triage engine as configured in the database: admins' terms, the fact-check library and the
// harm thresholds, on top of the shipped model. Rebuilt only when that configuration changes.
import type { TDb } from "@/lib/db/connect";
import { createTriageEngine, type TTriageEngine } from "./engine";
import { loadDefaultModel, loadDefaultSpanTagger } from "./default-engine";
import { createClaimMatcher } from "./factcheck/claim-matcher";
import { ZTermEntry, type TTermEntry } from "./terms/schema";
import { HARMS, type THarmScores } from "./types";
import { logger } from "@/lib/log";

export { THRESHOLDS_KEY } from "./thresholds";
import { THRESHOLDS_KEY } from "./thresholds";

export type TDbEngine = TTriageEngine & {
  claimIdToFactCheck: (id: string) => number | null;
  fingerprint: string;
};

const cache = globalThis as unknown as { vigilEngine?: TDbEngine };

async function fingerprint(db: TDb): Promise<string> {
  const { rows } = await db.sql.query<{ f: string }>(
    `SELECT concat_ws('|',
       (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Term"),
       (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "FactCheck"),
       (SELECT coalesce(max("updatedAt")::text, '') FROM "Setting" WHERE "key" = $1)) AS f`,
    [THRESHOLDS_KEY],
  );
  return rows[0]?.f ?? "";
}

export function parseThresholds(value: unknown): Partial<THarmScores> {
  const out: Partial<THarmScores> = {};
  if (!value || typeof value !== "object") return out;
  for (const harm of HARMS) {
    const v = (value as Record<string, unknown>)[harm];
    if (typeof v === "number" && v > 0 && v <= 1) out[harm] = v;
  }
  return out;
}

async function build(db: TDb, print: string): Promise<TDbEngine> {
  const [terms, factChecks, thresholds] = await Promise.all([
    db.prisma.term.findMany({ where: { enabled: true }, orderBy: { id: "asc" } }),
    db.prisma.factCheck.findMany({
      where: { active: true },
      select: { id: true, claim: true, title: true, publishedAt: true },
      orderBy: { id: "asc" },
    }),
    db.prisma.setting.findUnique({ where: { key: THRESHOLDS_KEY } }),
  ]);
  const entries: TTermEntry[] = [];
  for (const term of terms) {
    const parsed = ZTermEntry.safeParse({
      harm: term.harm,
      pattern: term.pattern,
      kind: term.kind,
      weight: term.weight,
      reason: term.reason,
    });
    if (parsed.success) entries.push(parsed.data);
    else logger.warn({ term: term.id }, "skipping an invalid term");
  }
  const engine = createTriageEngine({
    terms: entries,
    model: loadDefaultModel(),
    spanTagger: loadDefaultSpanTagger(),
    claimMatcher: factChecks.length
      ? createClaimMatcher(
          factChecks.map((f) => ({
            id: String(f.id),
            claim: f.claim,
            title: f.title,
            date: f.publishedAt,
          })),
        )
      : null,
    thresholds: parseThresholds(thresholds?.value),
  });
  const ids = new Set(factChecks.map((f) => f.id));
  return {
    ...engine,
    fingerprint: print,
    claimIdToFactCheck: (id) => (ids.has(Number(id)) ? Number(id) : null),
  };
}

export async function engineForDb(db: TDb): Promise<TDbEngine> {
  const print = await fingerprint(db);
  if (cache.vigilEngine?.fingerprint !== print) cache.vigilEngine = await build(db, print);
  return cache.vigilEngine;
}
