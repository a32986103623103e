// Runs in the browser before the app's own code. The Content-Security-Policy (proxy.ts) forbids
// eval; zod would otherwise probe `new Function` when it builds its first object schema (caught, but
// reported by the browser as a policy violation on every page), so it runs without its JIT here.
import { z } from "zod";

z.config({ jitless: true });
