// The client address a report is counted against. The right-most X-Forwarded-For entry is the one
// the nearest proxy (or Next's own server) appended, so a client cannot choose it by sending the
// header itself; behind more proxies, set VIGIL_TRUSTED_PROXIES to how many to skip from the right.
import { createHmac } from "node:crypto";

export function clientAddressOf(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const skip = Math.max(0, Number(process.env.VIGIL_TRUSTED_PROXIES ?? 0) || 0);
  const fromRight = hops[Math.max(0, hops.length - 1 - skip)];
  return fromRight || headers.get("x-real-ip")?.trim() || "unknown";
}

/** Only this salted hash is stored: enough to rate-limit, useless to identify a reader. */
export function hashClientAddress(address: string, salt: string): string {
  return createHmac("sha256", salt).update(address).digest("base64url");
}
