// The pg-boss instance of a database handle: dispatch with SKIP LOCKED, retries with backoff.
// On PostgreSQL it shares the app's pool; on embedded PGlite it runs in-process through pg-boss's
// `db` option (PGlite allows one process, so the worker lives in the process that owns the data).
import type { TDb, TSql } from "@/lib/db/connect";
import { logger } from "@/lib/log";
import { JOB_KINDS, type TJobKind } from "./kinds";

type TExecutor = { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };
export type TBoss = {
  start(): Promise<unknown>;
  stop(opts?: {
    graceful?: boolean;
    timeout?: number;
    wait?: boolean;
    close?: boolean;
  }): Promise<void>;
  createQueue(name: string, opts: Record<string, unknown>): Promise<void>;
  send(name: string, data: object, opts?: Record<string, unknown>): Promise<string | null>;
  work(
    name: string,
    opts: Record<string, unknown>,
    handler: (jobs: Array<{ id: string; data: { jobId: string } }>) => Promise<unknown>,
  ): Promise<string>;
  offWork(name: string): Promise<void>;
  on(event: "error", listener: (error: Error) => void): void;
};

const state = globalThis as unknown as { vigilBoss?: WeakMap<TDb, Promise<TBoss>> };
const bosses = (state.vigilBoss ??= new WeakMap());

/** Expiry is a backstop only: leases (heartbeats on the Job row) detect dead workers much sooner. */
const QUEUE_OPTIONS = {
  retryLimit: 5,
  retryDelay: 2,
  retryBackoff: true,
  expireInSeconds: 4 * 3600,
  retentionDays: 7,
};

function executor(db: TDb): TExecutor {
  if (db.pool) return { executeSql: (text, values) => db.pool!.query(text, values as unknown[]) };
  const pglite = db.pglite!;
  return {
    // pg-boss sends multi-statement scripts (BEGIN; …; COMMIT) without parameters: exec runs those.
    executeSql: async (text, values) => {
      if (values && values.length) return pglite.query(text, values);
      const results = await pglite.exec(text);
      return { rows: results[results.length - 1]?.rows ?? [] };
    },
  };
}

/** An executor inside a transaction, so a Job row and its pg-boss job are written together. */
export function txExecutor(tx: TSql): TExecutor {
  return { executeSql: (text, values) => tx.query(text, values ?? []) };
}

type TManagerClass = {
  prototype: Record<string, (...args: unknown[]) => Promise<unknown>> & {
    emit(event: string, arg: unknown): void;
  };
};
const patched = globalThis as unknown as { vigilBossPatched?: boolean };

/**
 * pg-boss 10's worker loop calls complete() / fail() without awaiting them: with the database down
 * at that moment the rejection is unhandled and kills the process. Caught here and reported as a
 * queue error instead; the Job row's lease (reaper + re-dispatch) recovers the job afterwards.
 */
async function guardUnawaitedCalls(): Promise<void> {
  if (patched.vigilBossPatched) return;
  patched.vigilBossPatched = true;
  // @ts-expect-error pg-boss ships no types for its internals
  const { default: Manager } = (await import("pg-boss/src/manager.js")) as unknown as {
    default: TManagerClass;
  };
  for (const name of ["complete", "fail"]) {
    const original = Manager.prototype[name];
    Manager.prototype[name] = function (this: TManagerClass["prototype"], ...args: unknown[]) {
      return original.apply(this, args).catch((error: unknown) => {
        this.emit("error", error);
        return null;
      });
    };
  }
}

/** Processes starting at once on a fresh database race in pg-boss's create_queue (it adds and attaches
 *  a partition per queue) and PostgreSQL ends the race with "deadlock detected": the loser retries
 *  and finds the queue made. */
async function createQueue(boss: TBoss, kind: TJobKind): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await boss.createQueue(kind, { ...QUEUE_OPTIONS, name: kind });
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      if (!["40P01", "40001", "23505", "42P07"].includes(code) || attempt >= 8) throw error;
      await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 200));
    }
  }
}

async function create(db: TDb): Promise<TBoss> {
  // pg-boss is CommonJS and stays outside the Next bundle (serverExternalPackages).
  const { default: PgBoss } = (await import("pg-boss")) as unknown as {
    default: new (opts: object) => TBoss;
  };
  await guardUnawaitedCalls();
  const boss: TBoss = new PgBoss({
    db: executor(db),
    supervise: true,
    schedule: false,
    migrate: true,
    maintenanceIntervalSeconds: 60,
  });
  boss.on("error", (error) => logger.warn({ err: error }, "job queue error"));
  try {
    await boss.start();
    for (const kind of JOB_KINDS) await createQueue(boss, kind);
  } catch (error) {
    // A half-started boss keeps its timers: stop it, or a process that failed to start never ends.
    await boss.stop({ graceful: false, close: false, wait: false }).catch(() => undefined);
    throw error;
  }
  return boss;
}

/** One started pg-boss per database handle, created on first use. */
export function getBoss(db: TDb): Promise<TBoss> {
  let boss = bosses.get(db);
  if (!boss) {
    boss = create(db);
    boss.catch(() => bosses.delete(db)); // retry on the next call, e.g. once PostgreSQL is back
    bosses.set(db, boss);
  }
  return boss;
}

export async function stopBoss(
  db: TDb,
  opts: { graceful: boolean; timeout: number },
): Promise<void> {
  const boss = bosses.get(db);
  if (!boss) return;
  bosses.delete(db);
  await (await boss.catch(() => null))?.stop({ ...opts, close: false, wait: true });
}

export type { TJobKind };
