// The client address a report is counted against: the one Vigil's HTTP server resolved
// (lib/auth/client-address.ts; forwarded addresses only from VIGIL_TRUSTED_PROXIES). Without that
// server (tests), the right-most X-Forwarded-For entry, the one the nearest proxy appended.
import { createHmac } from "node:crypto";
import { clientAddress } from "@/lib/auth/client-address";

export function clientAddressOf(headers: Headers): string {
  const resolved = clientAddress(headers);
  if (resolved) return resolved;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const fromRight = hops[hops.length - 1];
  return fromRight || headers.get("x-real-ip")?.trim() || "unknown";
}

/** Only this salted hash is stored: enough to rate-limit, useless to identify a reader. */
export function hashClientAddress(address: string, salt: string): string {
  return createHmac("sha256", salt).update(address).digest("base64url");
}
