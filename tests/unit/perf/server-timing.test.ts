// Server-timing spans: recorded per request in route handlers and sent as a Server-Timing header.
import { describe, expect, it } from "vitest";
import { serverTimingHeader, span, withServerTiming } from "@/lib/perf/server-timing";

describe("server timing", () => {
  it("sends each span of the handler, in order, plus the total", async () => {
    const response = await withServerTiming(async () => {
      await span("session", async () => undefined);
      await span("queue.rows", async () => undefined);
      return Response.json({ ok: true });
    });
    const header = response.headers.get("Server-Timing") ?? "";
    expect(header.split(", ").map((part) => part.split(";")[0])).toEqual([
      "session",
      "queue.rows",
      "total",
    ]);
    expect(header).toMatch(/^session;dur=\d+\.\d, queue\.rows;dur=\d+\.\d, total;dur=\d+\.\d$/);
  });

  it("records a span that throws and keeps spans of concurrent requests apart", async () => {
    const a = withServerTiming(async () => {
      await span("a", () => Promise.reject(new Error("boom"))).catch(() => undefined);
      return new Response("a");
    });
    const b = withServerTiming(async () => {
      await span("b", async () => undefined);
      return new Response("b");
    });
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.headers.get("Server-Timing")).toMatch(/^a;dur=[\d.]+, total;/);
    expect(rb.headers.get("Server-Timing")).toMatch(/^b;dur=[\d.]+, total;/);
  });

  it("keeps header names to token characters", () => {
    expect(serverTimingHeader([{ name: "db query (rows)", ms: 1.25 }])).toBe(
      "db_query__rows_;dur=1.3",
    );
  });
});
