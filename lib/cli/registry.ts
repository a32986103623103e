// The list of `vigil` sub-commands. Modules load on use, so `vigil parse` never touches a database.
import type { TCommand } from "./command";

type TEntry = { name: string; summary: string; load: () => Promise<{ command: TCommand }> };

export const registry: TEntry[] = [
  {
    name: "parse",
    summary: "Parse an import file and print the result as JSON (no database)",
    load: () => import("./commands/parse"),
  },
  {
    name: "import",
    summary: "Import files or folders of articles and comments",
    load: () => import("./commands/import"),
  },
  {
    name: "score",
    summary: "Score comments from JSONL (no database)",
    load: () => import("./commands/score"),
  },
  {
    name: "train",
    summary: "Train the learned triage model",
    load: () => import("./commands/train"),
  },
  {
    name: "eval",
    summary: "Evaluate the triage engine on labelled data",
    load: () => import("./commands/eval"),
  },
  {
    name: "worker",
    summary: "Run background jobs until stopped (--concurrency N, --queues a,b)",
    load: () => import("./commands/worker"),
  },
  {
    name: "jobs",
    summary: "List background jobs; jobs retry|cancel ID",
    load: () => import("./commands/jobs"),
  },
  {
    name: "rescore",
    summary: "Score stored comments again (backfill)",
    load: () => import("./commands/rescore"),
  },
  {
    name: "export",
    summary: "Export moderation actions or comments as CSV / NDJSON",
    load: () => import("./commands/export"),
  },
  {
    name: "user",
    summary: "Manage users: user add --email E --role admin|editor|moderator",
    load: () => import("./commands/user"),
  },
  {
    name: "audit",
    summary: "Audit log: audit verify (check the hash chain, name the first bad row)",
    load: () => import("./commands/audit"),
  },
  {
    name: "db",
    summary: "Database: db deploy (apply migrations), db migrate --name N (create one)",
    load: () => import("./commands/db"),
  },
  {
    name: "serve",
    summary: "Start the web app (what `npm start` runs)",
    load: () => import("./commands/serve"),
  },
];
