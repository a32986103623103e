// One process-wide feed of comment changes for the live queue. On PostgreSQL a single dedicated
// pool client LISTENs on 'vigil_comments' and fans out to every open SSE stream (one connection,
// not one per moderator); on PGlite, which has no cross-process LISTEN, one poller checks every 3 s.
import "server-only";
import type pg from "pg";
import { getDb } from "@/lib/db";
import { logger } from "@/lib/log";
import type { TCommentStatus, TFlagCategory, TLease } from "../types";

export type TChangedRow = {
  id: number;
  status: TCommentStatus;
  flagCategory: TFlagCategory | null;
  version: number;
  lease: TLease;
};
export type TCommentEvent =
  { type: "inserted"; count: number } | { type: "changed"; rows: TChangedRow[] };
type TListener = (event: TCommentEvent) => void;

const POLL_MS = 3000;
const state = globalThis as unknown as {
  vigilCommentFeed?: {
    listeners: Set<TListener>;
    stop: (() => void) | null;
    starting: boolean;
    retryMs?: number;
  };
};
const feed = (state.vigilCommentFeed ??= { listeners: new Set(), stop: null, starting: false });
const RETRY_MAX_MS = 10_000;

function emit(event: TCommentEvent) {
  for (const listener of feed.listeners) {
    try {
      listener(event);
    } catch (error) {
      logger.warn({ err: error }, "comment feed listener failed");
    }
  }
}

const ROW_SQL = `SELECT "id", "status"::text AS status, "flagCategory"::text AS "flagCategory", "version", "claimedById", "claimedByName",
  "claimExpiresAt" AT TIME ZONE 'UTC' AS "claimExpiresAt" FROM "Comment"`;

function toChanged(r: Record<string, unknown>): TChangedRow {
  const expires = r.claimExpiresAt ? new Date(r.claimExpiresAt as string) : null;
  const live = r.claimedById && expires && expires.getTime() > Date.now();
  return {
    id: Number(r.id),
    status: r.status as TCommentStatus,
    flagCategory: (r.flagCategory as TFlagCategory | null) ?? null,
    version: Number(r.version),
    lease: live
      ? {
          byId: String(r.claimedById),
          byName: String(r.claimedByName ?? "another moderator"),
          expiresAt: expires!.toISOString(),
        }
      : null,
  };
}

async function emitChanged(ids: number[]) {
  if (!ids.length) return;
  const { sql } = await getDb();
  const { rows } = await sql.query<Record<string, unknown>>(
    `${ROW_SQL} WHERE "id" = ANY($1::int[])`,
    [ids.slice(0, 500)],
  );
  if (rows.length) emit({ type: "changed", rows: rows.map(toChanged) });
}

async function startListening(pool: pg.Pool): Promise<() => void> {
  const client = await pool.connect();
  let closed = false;
  const onNotify = (msg: pg.Notification) => {
    try {
      const payload = JSON.parse(msg.payload ?? "{}") as {
        op?: string;
        count?: number;
        ids?: number[];
      };
      if (payload.op === "insert") emit({ type: "inserted", count: Number(payload.count ?? 0) });
      else if (payload.op === "update" && Array.isArray(payload.ids))
        void emitChanged(payload.ids.map(Number)).catch((err) =>
          logger.warn({ err }, "comment feed read failed"),
        );
    } catch (error) {
      logger.warn({ err: error }, "bad vigil_comments payload");
    }
  };
  const onError = (error: Error) => {
    logger.warn({ err: error }, "comment feed connection lost");
    stop(true);
  };
  const stop = (broken = false) => {
    if (closed) return;
    closed = true;
    client.off("notification", onNotify);
    client.off("error", onError);
    if (!broken) void client.query("UNLISTEN vigil_comments").catch(() => undefined);
    client.release(broken ? true : undefined);
    if (broken && feed.stop) {
      feed.stop = null;
      scheduleRestart();
    }
  };
  client.on("notification", onNotify);
  client.on("error", onError);
  await client.query("LISTEN vigil_comments");
  return () => stop(false);
}

function startPolling(): () => void {
  let lastMaxId: number | null = null;
  let since: string | null = null;
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const { sql } = await getDb();
      const head = await sql.query<{ maxId: number | null; now: Date }>(
        `SELECT max("id") AS "maxId", now() AS now FROM "Comment"`,
      );
      const maxId = Number(head.rows[0]?.maxId ?? 0);
      const now = new Date(head.rows[0].now).toISOString();
      if (lastMaxId !== null && maxId > lastMaxId) {
        const { rows } = await sql.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "Comment" WHERE "id" > $1`,
          [lastMaxId],
        );
        emit({ type: "inserted", count: Number(rows[0]?.n ?? 0) });
      }
      if (since) {
        // A second of overlap so a write committed around the tick is not missed; events are idempotent.
        const { rows } = await sql.query<Record<string, unknown>>(
          `${ROW_SQL} WHERE "updatedAt" > ($1::timestamptz AT TIME ZONE 'UTC') - interval '1 second' AND "id" <= $2 ORDER BY "updatedAt" DESC LIMIT 500`,
          [since, maxId],
        );
        if (rows.length) emit({ type: "changed", rows: rows.map(toChanged) });
      }
      lastMaxId = maxId;
      since = now;
    } catch (error) {
      logger.warn({ err: error }, "comment feed poll failed");
    } finally {
      busy = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), POLL_MS);
  return () => clearInterval(timer);
}

/** While streams are open, keep trying to listen again (the database may be down for a while). */
function scheduleRestart() {
  if (!feed.listeners.size) return;
  const delay = (feed.retryMs = Math.min((feed.retryMs ?? 1000) * 2, RETRY_MAX_MS));
  setTimeout(() => void ensureStarted(), delay).unref?.();
}

async function ensureStarted() {
  if (feed.stop || feed.starting) return;
  feed.starting = true;
  try {
    const db = await getDb();
    feed.stop = db.pool ? await startListening(db.pool) : startPolling();
    feed.retryMs = undefined;
    // Everyone may have left while the connection was being set up: do not hold it for nobody.
    if (feed.listeners.size === 0 && feed.stop) {
      const stop = feed.stop;
      feed.stop = null;
      stop();
    }
  } catch (error) {
    logger.warn({ err: error }, "comment feed could not start (will retry)");
    feed.starting = false;
    scheduleRestart();
  } finally {
    feed.starting = false;
  }
}

export function subscribeToComments(listener: TListener): () => void {
  feed.listeners.add(listener);
  void ensureStarted();
  return () => {
    feed.listeners.delete(listener);
    if (feed.listeners.size === 0 && feed.stop) {
      const stop = feed.stop;
      feed.stop = null;
      stop();
    }
  };
}
