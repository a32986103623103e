import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress } from "@/lib/server/client-address.mjs";

describe("client address", () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies("10.0.0.0/8, 127.0.0.1, ::1");

  it("ignores X-Forwarded-For unless the peer is a configured proxy", () => {
    expect(resolveClientAddress("198.51.100.4", "1.2.3.4", none)).toBe("198.51.100.4");
    expect(resolveClientAddress("198.51.100.4", "1.2.3.4", proxies)).toBe("198.51.100.4");
    expect(resolveClientAddress("::ffff:127.0.0.1", "1.2.3.4", none)).toBe("127.0.0.1");
  });

  it("takes the rightmost address that is not a trusted proxy", () => {
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 203.0.113.5, 10.1.2.3", proxies)).toBe(
      "203.0.113.5",
    );
    expect(resolveClientAddress("::1", ["203.0.113.5"], proxies)).toBe("203.0.113.5");
    expect(resolveClientAddress("10.0.0.9", "10.0.0.8", proxies)).toBe("10.0.0.8");
    expect(resolveClientAddress("127.0.0.1", "not-an-ip, 203.0.113.5", proxies)).toBe(
      "203.0.113.5",
    );
    expect(resolveClientAddress("127.0.0.1", "not-an-ip", proxies)).toBe("127.0.0.1");
  });

  it("names a bad entry in VIGIL_TRUSTED_PROXIES", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/"10.0.0.0\/33"/);
    expect(() => parseTrustedProxies("proxy.local")).toThrow(/"proxy.local" is not an IP address/);
  });
});
