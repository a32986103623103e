// Which address a request came from. Only the HTTP server sees the socket, so it resolves the
// address once and hands it to the app in one header; forwarded addresses count only when the
// hop that sent them is a configured proxy (VIGIL_TRUSTED_PROXIES: comma list of IPs / CIDRs).
import { BlockList, isIP } from "node:net";

/** The header the server sets (and overwrites when a client sends it) with the resolved address. */
export const CLIENT_ADDRESS_HEADER = "x-vigil-client-address";

/** IPv4-mapped IPv6 (::ffff:10.0.0.1) is the IPv4 address. */
export function normalizeAddress(address) {
  if (!address) return null;
  const plain = address
    .trim()
    .replace(/^\[|\]$/g, "")
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(plain) ? plain : null;
}

/**
 * @param {string | undefined} spec  e.g. "10.0.0.0/8, 192.168.1.10, ::1"
 * @returns {BlockList} the trusted proxies; throws naming a bad entry
 */
export function parseTrustedProxies(spec) {
  const list = new BlockList();
  for (const raw of (spec ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [addr, bits] = raw.split("/");
    const ip = normalizeAddress(addr);
    const family = ip ? (isIP(ip) === 6 ? "ipv6" : "ipv4") : null;
    const prefix = bits === undefined ? null : Number(bits);
    if (
      !ip ||
      !family ||
      (prefix !== null &&
        (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === "ipv6" ? 128 : 32)))
    ) {
      throw new Error(`VIGIL_TRUSTED_PROXIES: "${raw}" is not an IP address or CIDR range`);
    }
    if (prefix === null) list.addAddress(ip, family);
    else list.addSubnet(ip, prefix, family);
  }
  return list;
}

function trusted(list, ip) {
  return list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");
}

/** Whether the socket's peer is a configured proxy (whose X-Forwarded-* headers may be kept). */
export function isTrustedPeer(socketAddress, trustedProxies) {
  const peer = normalizeAddress(socketAddress);
  return peer !== null && trusted(trustedProxies, peer);
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then the rightmost
 * X-Forwarded-For entry that is not itself a trusted proxy (entries left of it are client-written).
 * @param {string | undefined} socketAddress
 * @param {string | string[] | undefined} forwardedFor
 * @param {BlockList} trustedProxies
 * @returns {string | null}
 */
export function resolveClientAddress(socketAddress, forwardedFor, trustedProxies) {
  const peer = normalizeAddress(socketAddress);
  if (!peer || !trusted(trustedProxies, peer)) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    if (!hop) break; // garbage from the client side: stop at the last address a proxy vouched for
    client = hop;
    if (!trusted(trustedProxies, hop)) break;
  }
  return client;
}
