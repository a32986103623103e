// Preload for benchmarks that import server modules: `server-only` resolves to nothing outside Next.
import { register } from "node:module";

const hooks = `export async function resolve(spec, ctx, next) {
  if (spec === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(spec, ctx);
}`;
register("data:text/javascript," + encodeURIComponent(hooks));
