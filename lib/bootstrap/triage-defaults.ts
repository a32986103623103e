// Seeds the admin-editable triage configuration from the files shipped in the repository: the
// term list always (an empty list would silently switch the terms analyzer off), the demo
// fact-check library in demo mode.
import type { TDb } from "@/lib/db/connect";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { loadDemoLibrary } from "@/lib/triage/factcheck/demo-library";

export async function seedTermsIfEmpty(db: TDb): Promise<number> {
  if ((await db.prisma.term.count()) > 0) return 0;
  const entries = defaultTermEntries();
  const { count } = await db.prisma.term.createMany({
    data: entries.map((t) => ({
      harm: t.harm,
      pattern: t.pattern,
      kind: t.kind,
      weight: t.weight,
      reason: t.reason,
      enabled: t.enabled ?? true,
    })),
    skipDuplicates: true,
  });
  return count;
}

export async function seedDemoFactChecksIfEmpty(db: TDb): Promise<number> {
  if ((await db.prisma.factCheck.count()) > 0) return 0;
  const { claims } = loadDemoLibrary();
  const { count } = await db.prisma.factCheck.createMany({
    data: claims.map((c) => ({
      externalId: `demo:${c.id}`,
      claim: c.claim,
      verdict: c.verdict,
      url: c.url,
      publisher: c.publisher,
      // Scoring reads the title (BM25 and its own vector): without it the app ranks unlike `vigil score`.
      title: c.title,
    })),
    skipDuplicates: true,
  });
  return count;
}
