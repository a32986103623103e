// The one body reader of route handlers: same-origin first, then a hard cap that stops reading a
// chunked (no Content-Length) body as soon as it passes the cap.
import { describe, expect, it } from "vitest";
import { readBodyCapped, readJsonCapped } from "@/lib/auth/request-body";
import { crossSiteReason } from "@/lib/auth/same-origin";

/** A streamed body of `total` bytes that counts how much of it was pulled. */
function streamedRequest(total: number, headers: Record<string, string> = {}) {
  const pulled = { bytes: 0 };
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= total) return controller.close();
      pulled.bytes += chunk.length;
      controller.enqueue(chunk);
    },
  });
  const request = new Request("http://127.0.0.1:3000/api/x", {
    method: "POST",
    body,
    headers: { host: "127.0.0.1:3000", ...headers },
    duplex: "half",
  } as RequestInit);
  return { request, pulled };
}

describe("request bodies", () => {
  it("cuts a chunked body off just past the cap with 413", async () => {
    const { request, pulled } = streamedRequest(200 * 1024 * 1024);
    const result = await readBodyCapped(request, 1024 * 1024);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(413);
    expect(pulled.bytes).toBeLessThan(2 * 1024 * 1024);
  });

  it("refuses a declared Content-Length over the cap before reading", async () => {
    const { request, pulled } = streamedRequest(10, { "content-length": String(5 * 1024 * 1024) });
    const result = await readBodyCapped(request, 1024 * 1024);
    expect(result.ok ? 200 : result.response.status).toBe(413);
    expect(pulled.bytes).toBeLessThanOrEqual(64 * 1024);
  });

  it("refuses a cross-origin write before reading, and explains bad JSON", async () => {
    const cross = streamedRequest(10, { origin: "http://127.0.0.1:4000" });
    const refused = await readJsonCapped(cross.request, 1024);
    expect(refused.ok ? 200 : refused.response.status).toBe(403);
    expect(cross.pulled.bytes).toBeLessThanOrEqual(64 * 1024); // at most the one chunk a stream pre-pulls
    const bad = await readJsonCapped(
      new Request("http://127.0.0.1:3000/api/x", {
        method: "POST",
        body: "{nope",
        headers: { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" },
      }),
      1024,
    );
    expect(bad.ok ? 200 : bad.response.status).toBe(400);
  });

  it("tells same-origin from cross-site", () => {
    const h = (extra: Record<string, string>) =>
      new Headers({ host: "app.example:3000", ...extra });
    expect(crossSiteReason("POST", h({ origin: "http://app.example:3000" }))).toBeNull();
    expect(crossSiteReason("POST", h({}))).toBeNull(); // no Origin: not a browser, no ambient cookie
    expect(crossSiteReason("GET", h({ origin: "http://evil.example" }))).toBeNull();
    expect(crossSiteReason("POST", h({ origin: "http://app.example:3001" }))).toMatch(
      /not this app/,
    );
    expect(crossSiteReason("POST", h({ origin: "null" }))).toMatch(/not/);
    expect(
      crossSiteReason(
        "POST",
        h({ "sec-fetch-site": "same-site", origin: "http://app.example:3000" }),
      ),
    ).toMatch(/same-site/);
  });
});
