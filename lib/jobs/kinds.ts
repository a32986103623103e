// The kinds of background job Vigil runs, with the retry and lease settings shared by every kind.
// One list: queues, the CLI, the admin Jobs page and the worker's --queues flag all read it.

export const JOB_KINDS = ["import", "score-stage2", "rescore", "external-score", "export"] as const;
export type TJobKind = (typeof JOB_KINDS)[number];

export const JOB_LABELS: Record<TJobKind, string> = {
  import: "Import",
  "score-stage2": "Stage-2 scoring",
  rescore: "Rescore",
  "external-score": "External scorers",
  export: "Export",
};

/** A job whose handler threw this many times is FAILED with its last error. */
export const MAX_ATTEMPTS = 3;

/** A RUNNING job whose worker has not written a heartbeat for this long is taken over (kill -9, lost host). */
export function staleAfterSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.VIGIL_JOB_STALE_SECONDS);
  return Number.isFinite(n) && n >= 2 ? n : 60;
}

export const HEARTBEAT_MS = 2_000;

export function isJobKind(value: string): value is TJobKind {
  return (JOB_KINDS as readonly string[]).includes(value);
}

/** Parses `--queues a,b`: refuses an unknown kind by name. */
export function parseKinds(list: string | undefined): TJobKind[] {
  if (!list) return [...JOB_KINDS];
  const kinds = list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = kinds.filter((k) => !isJobKind(k));
  if (unknown.length)
    throw new Error(`unknown queue "${unknown[0]}" (queues: ${JOB_KINDS.join(", ")})`);
  return kinds as TJobKind[];
}

/** Statuses after which a job changes no more: pages stop polling. */
export function isJobFinished(status: string): boolean {
  return status === "DONE" || status === "FAILED" || status === "CANCELLED";
}
