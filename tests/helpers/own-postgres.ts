// A throwaway PostgreSQL 15 server of a test's own (initdb into a temp folder, its own port), so
// outage tests can stop and start a real server without touching the one everyone else uses.
import { execFileSync } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

const BIN = "/usr/lib/postgresql/15/bin";

export type TOwnPostgres = { url: string; stop(): void; start(): void; destroy(): void };

/** Runs a server binary as `postgres` when we are root (initdb refuses root). */
function asPostgres(cmd: string, args: string[]): void {
  const root = userInfo().uid === 0;
  execFileSync(
    root ? "runuser" : path.join(BIN, cmd),
    root ? ["-u", "postgres", "--", path.join(BIN, cmd), ...args] : args,
    { stdio: "pipe" },
  );
}

export function startOwnPostgres(port: number): TOwnPostgres {
  const dir = mkdtempSync(path.join(tmpdir(), "vigil-own-pg-"));
  if (userInfo().uid === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  asPostgres("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const start = () =>
    asPostgres("pg_ctl", [
      "-D",
      data,
      "-l",
      path.join(dir, "log"),
      "-w",
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      "start",
    ]);
  // Immediate: like a crash or a pulled cable, connections are cut without a goodbye.
  const stop = () => asPostgres("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop,
    start,
    destroy: () => {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
