// The HTTP server `vigil serve` runs: Next.js behind a plain Node server, so that the app learns
// the client's real address (see client-address.mjs) and listens only where HOSTNAME says
// (default 127.0.0.1: the embedded demo is not reachable from the network unless asked).
import { createServer } from "node:http";
import {
  CLIENT_ADDRESS_HEADER,
  isTrustedPeer,
  parseTrustedProxies,
  resolveClientAddress,
} from "./client-address.mjs";

const dev = process.argv.includes("--dev");
process.env.NODE_ENV ??= dev ? "development" : "production";
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "127.0.0.1";
const trustedProxies = parseTrustedProxies(process.env.VIGIL_TRUSTED_PROXIES);

const { default: next } = await import("next");
const app = next({ dev, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  // PostgreSQL text cannot hold NUL: one 400 here for every page and route, not a database error.
  if (/%00/i.test(req.url ?? "")) {
    res.writeHead(400, { "content-type": "application/json" });
    res.end(
      JSON.stringify({ error: "The address contains a NUL character (%00).", code: "validation" }),
    );
    return;
  }
  const address = resolveClientAddress(
    req.socket.remoteAddress,
    req.headers["x-forwarded-for"],
    trustedProxies,
  );
  // Whatever the client sent under these names is replaced: the app reads only what we resolved.
  req.headers[CLIENT_ADDRESS_HEADER] = address ?? "";
  if (!isTrustedPeer(req.socket.remoteAddress, trustedProxies)) {
    delete req.headers["x-forwarded-for"];
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
    delete req.headers["x-real-ip"];
  }
  handle(req, res);
});
if (dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(port, hostname, () => {
  process.stdout.write(
    `Vigil listening on http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}\n`,
  );
});
// Stop taking connections; open ones (live-queue streams) get a moment, then the process ends.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 1500).unref();
  });
}
