// Runs parseFile in a worker thread, so that parsing an upload (import preview) never blocks the
// server's event loop: other requests are answered while it runs, and a parse that takes longer
// than the time limit is stopped (the worker is terminated and replaced) with a clear error.
import { Worker } from "node:worker_threads";
import type { TParseResult } from "@/lib/import/types";
import { FILE_WHERE } from "./issue-log";
import type { TParseOptions } from "./parse-file";

/** How long one file may take to parse before it is abandoned (ms); VIGIL_PARSE_TIMEOUT_MS overrides. */
export const PARSE_TIMEOUT_MS = 30_000;
// The worker's heap: a parse that needs more is stopped instead of taking the server's memory.
const WORKER_HEAP_MB = 768;

type TJob = {
  id: number;
  bytes: ArrayBuffer;
  opts: TParseOptions;
  resolve: (r: TParseResult) => void;
};

// The worker's code is a string evaluated by Node (not a file the bundler could follow: Next's
// bundler would try to bundle tsx and esbuild into the route). It registers tsx and imports the
// parsers from the repository at run time, relative to the working directory (the app's root).
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { pathToFileURL } = require("node:url");
const path = require("node:path");
(async () => {
  const { register } = await import("tsx/esm/api");
  register();
  const { parseFile } = await import(pathToFileURL(path.join(process.cwd(), "lib", "import", "parse", "parse-file.ts")).href);
  parentPort.on("message", (job) => {
    try {
      parentPort.postMessage({ id: job.id, ok: true, result: parseFile(new Uint8Array(job.bytes), job.opts) });
    } catch (error) {
      parentPort.postMessage({ id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  });
  parentPort.postMessage({ ready: true });
})().catch((error) => {
  throw error;
});
`;

class ParseWorker {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private readonly queue: TJob[] = [];
  private running: TJob | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;

  parse(bytes: Uint8Array, opts: TParseOptions): Promise<TParseResult> {
    // A copy the worker can own; the caller's buffer stays usable.
    const copy = bytes.slice().buffer;
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, bytes: copy, opts, resolve });
      void this.pump();
    });
  }

  private start(): Promise<void> {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    this.worker = worker;
    worker.unref();
    worker.on(
      "message",
      (msg: {
        ready?: boolean;
        id?: number;
        ok?: boolean;
        result?: TParseResult;
        message?: string;
      }) => {
        if (msg.ready || !this.running || msg.id !== this.running.id) return;
        this.finish(
          msg.ok && msg.result
            ? msg.result
            : failed(this.running.opts, `the parser failed: ${msg.message ?? "unknown error"}`),
        );
      },
    );
    worker.on("error", (error) => this.crash(`the parser stopped: ${error.message}`));
    worker.on("exit", () => this.crash("the parser stopped unexpectedly"));
    return new Promise((resolve, reject) => {
      const onMessage = (msg: { ready?: boolean }) => {
        if (!msg.ready) return;
        worker.off("message", onMessage);
        resolve();
      };
      worker.on("message", onMessage);
      worker.once("error", reject);
    });
  }

  private async pump(): Promise<void> {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift() as TJob;
    this.running = job;
    try {
      this.ready ??= this.start();
      await this.ready;
    } catch (error) {
      this.reset();
      this.finish(
        failed(
          job.opts,
          `could not start the parser: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
      return;
    }
    const limit = Number(process.env.VIGIL_PARSE_TIMEOUT_MS) || PARSE_TIMEOUT_MS;
    this.timer = setTimeout(() => {
      this.reset();
      this.finish(
        failed(
          job.opts,
          `parsing took longer than ${Math.round(limit / 1000)} s and was stopped; split the file or import it with \`npx vigil import\``,
        ),
      );
    }, limit);
    this.worker?.postMessage({ id: job.id, bytes: job.bytes, opts: job.opts }, [job.bytes]);
  }

  private finish(result: TParseResult): void {
    const job = this.running;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = null;
    job?.resolve(result);
    void this.pump();
  }

  /** The worker died (out of memory, killed): answer the running job and start afresh next time. */
  private crash(message: string): void {
    if (!this.worker) return;
    this.reset();
    if (this.running) this.finish(failed(this.running.opts, message));
  }

  private reset(): void {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    if (worker) {
      worker.removeAllListeners();
      worker.on("error", () => {});
      void worker.terminate();
    }
  }
}

function failed(opts: TParseOptions, message: string): TParseResult {
  const format = opts.format && opts.format !== "auto" ? opts.format : "text";
  return { format, articles: [], warnings: [], errors: [{ where: FILE_WHERE, message }] };
}

let shared: ParseWorker | null = null;

/** parseFile in the shared parse worker: same result, never blocks the caller's thread. */
export function parseFileInWorker(
  bytes: Uint8Array,
  opts: TParseOptions = {},
): Promise<TParseResult> {
  shared ??= new ParseWorker();
  return shared.parse(bytes, opts);
}
