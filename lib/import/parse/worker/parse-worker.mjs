// Worker thread that runs parseFile off the server's request thread (see ../parse-in-worker.ts).
// Plain ESM so that Node can start it from a bundled server; tsx loads the TypeScript parsers.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { parseFile } = await import("../parse-file.ts");

parentPort.on("message", (job) => {
  try {
    const result = parseFile(new Uint8Array(job.bytes), job.opts);
    parentPort.postMessage({ id: job.id, ok: true, result });
  } catch (error) {
    parentPort.postMessage({ id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
