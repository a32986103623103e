// Which database Vigil talks to: PostgreSQL when DATABASE_URL is set, else embedded PGlite in .data/.
import path from "node:path";
import { DomainError } from "@/lib/errors";

export type TDbTarget =
  | { kind: "postgres"; url: string; display: string }
  | { kind: "pglite"; dataDir: string | null; display: string };

/** Hides the password of a connection string so it can be printed. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "<unparseable url>";
  }
}

export function resolveDbTarget(env: NodeJS.ProcessEnv = process.env): TDbTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DomainError(
        `DATABASE_URL is not a valid connection string (expected postgresql://user:password@host:5432/database).`,
        "bad_database_url",
      );
    }
    if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
      throw new DomainError(
        `DATABASE_URL must start with postgresql:// (got "${parsed.protocol}"). Unset it to use the embedded database.`,
        "bad_database_url",
      );
    }
    if (!parsed.pathname || parsed.pathname === "/") {
      throw new DomainError(
        `DATABASE_URL names no database (add /<database> after the host).`,
        "bad_database_url",
      );
    }
    return { kind: "postgres", url, display: redactUrl(url) };
  }
  if (env.VIGIL_PGLITE_DIR === "memory://")
    return { kind: "pglite", dataDir: null, display: "embedded PGlite (in memory)" };
  const dataDir = path.resolve(
    /*turbopackIgnore: true*/ env.VIGIL_PGLITE_DIR || path.join(process.cwd(), ".data", "pglite"),
  );
  return {
    kind: "pglite",
    dataDir,
    display: `embedded PGlite (${path.relative(process.cwd(), dataDir) || dataDir})`,
  };
}
