// Opens a Prisma client over the configured database, with a raw SQL handle for bulk paths.
import { PrismaPg } from "@prisma/adapter-pg";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { resolveDbTarget, type TDbTarget } from "./config";
import { DomainError } from "@/lib/errors";

/** Minimal SQL surface shared by pg.Pool and PGlite, for migrations and bulk work. */
export type TSql = {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  exec(text: string): Promise<void>;
  transaction<T>(fn: (tx: TSql) => Promise<T>): Promise<T>;
};

export type TDb = {
  prisma: PrismaClient;
  sql: TSql;
  target: TDbTarget;
  /** PostgreSQL only: a pool for COPY streams and LISTEN. */
  pool: pg.Pool | null;
  /** Embedded only: the PGlite instance, for the in-process job queue's multi-statement scripts. */
  pglite?: PGlite | null;
  close(): Promise<void>;
};

function pgliteSql(client: PGlite | { query: PGlite["query"]; exec: PGlite["exec"] }): TSql {
  return {
    query: async (text, params) => ({
      rows: (await client.query(text, params as unknown[])).rows as never[],
    }),
    exec: async (text) => {
      await client.exec(text);
    },
    transaction: async (fn) => {
      if (!("transaction" in client)) return fn(pgliteSql(client));
      return (client as PGlite).transaction((tx) => fn(pgliteSql(tx)));
    },
  };
}

function poolSql(pool: pg.Pool): TSql {
  return {
    query: async (text, params) => ({ rows: (await pool.query(text, params as unknown[])).rows }),
    exec: async (text) => {
      await pool.query(text);
    },
    transaction: async (fn) => {
      const conn = await pool.connect();
      const tx: TSql = {
        query: async (text, params) => ({
          rows: (await conn.query(text, params as unknown[])).rows,
        }),
        exec: async (text) => {
          await conn.query(text);
        },
        transaction: (inner) => inner(tx),
      };
      try {
        await conn.query("BEGIN");
        const result = await fn(tx);
        await conn.query("COMMIT");
        return result;
      } catch (error) {
        await conn.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        conn.release();
      }
    },
  };
}

/** Turns driver errors for an unreachable server into a message a person can act on. */
export function explainConnectionError(error: unknown, target: TDbTarget): Error {
  const code = (error as { code?: string })?.code;
  const reachability = ["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "EAI_AGAIN", "ECONNRESET"];
  if (code && reachability.includes(code)) {
    return new DomainError(
      `cannot reach the database at ${target.display} (${code}). Is PostgreSQL running?`,
      "db_down",
    );
  }
  if (code === "3D000")
    return new DomainError(
      `the database in ${target.display} does not exist. Create it first (createdb).`,
      "db_missing",
    );
  if (code === "28P01" || code === "28000")
    return new DomainError(`the database refused the login for ${target.display}.`, "db_auth");
  return error instanceof Error ? error : new Error(String(error));
}

/** The server went away mid-work (stopped, crashed, network cut): worth one clear line, not a stack.
 *  Driver errors, Prisma's "can't reach" / "closed the connection" (P1001, P1017), and their causes. */
export function isConnectionLost(error: unknown, depth = 0): boolean {
  const e = error as { code?: string; message?: string; cause?: unknown } | null | undefined;
  if (!e || depth > 4) return false;
  return (
    [
      "ECONNREFUSED",
      "ECONNRESET",
      "EPIPE",
      "57P01",
      "57P02",
      "57P03",
      "08006",
      "08003",
      "P1001",
      "P1017",
    ].includes(e.code ?? "") ||
    /Connection terminated|connection .*(closed|lost)|Client has encountered a connection error|ECONNREFUSED|ECONNRESET|terminating connection/i.test(
      e.message ?? "",
    ) ||
    isConnectionLost(e.cause, depth + 1)
  );
}

export async function openDb(target: TDbTarget = resolveDbTarget()): Promise<TDb> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: Number(process.env.VIGIL_DB_POOL ?? 10),
      connectionTimeoutMillis: 5000,
    });
    pool.on("error", () => undefined); // idle-client errors surface on the next query instead
    // A checked-out client whose server goes away emits 'error' too: without a listener that is an
    // unhandled 'error' event that kills the process. The failing query still rejects with it.
    pool.on("connect", (client) => client.on("error", () => undefined));
    try {
      const c = await pool.connect();
      c.release();
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw explainConnectionError(error, target);
    }
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      prisma,
      sql: poolSql(pool),
      target,
      pool,
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  // Loaded only when used: the embedded engine costs ~45 MB of memory just by being imported.
  const [{ PGlite: PGliteClass }, { PrismaPGlite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("pglite-prisma-adapter"),
  ]);
  const client = target.dataDir ? new PGliteClass(target.dataDir) : new PGliteClass();
  await client.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
  return {
    prisma,
    sql: pgliteSql(client),
    target,
    pool: null,
    pglite: client,
    close: async () => {
      await prisma.$disconnect();
      await client.close();
    },
  };
}
