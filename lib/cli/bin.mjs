#!/usr/bin/env node
// Entry point of `npx vigil`: loads the TypeScript CLI through tsx so no build step is needed.
import { register as registerHooks } from "node:module";
import { register } from "tsx/esm/api";
import { fileURLToPath } from "node:url";
import path from "node:path";

// `server-only` guards modules from client bundles; the CLI is a server, so it resolves to nothing.
const hooks = `export async function resolve(spec, ctx, next) {
  if (spec === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(spec, ctx);
}`;
registerHooks("data:text/javascript," + encodeURIComponent(hooks));
register();

const here = path.dirname(fileURLToPath(import.meta.url));
const { main } = await import(path.join(here, "main.ts"));
process.exitCode = await main(process.argv.slice(2));
