import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDb } from "@/lib/db/connect";
import { createExternalScorers } from "@/lib/triage/external";
import { scoreExternally, EXTERNAL_SETTING_KEY } from "@/lib/triage/external-scoring";
import { createTestDb } from "../helpers/test-db";

let db: TDb;
let server: Server;
let url = "";
let calls = 0;
let failing = false;

beforeAll(async () => {
  db = await createTestDb();
  // A stand-in for the Perspective API on this machine.
  server = createServer((req, res) => {
    calls++;
    req.resume();
    req.on("end", () => {
      if (failing) {
        res.writeHead(503).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          attributeScores: {
            TOXICITY: { summaryScore: { value: 0.8 } },
            INSULT: { summaryScore: { value: 0.7 } },
            IDENTITY_ATTACK: { summaryScore: { value: 0.6 } },
            THREAT: { summaryScore: { value: 0.1 } },
            PROFANITY: { summaryScore: { value: 0.2 } },
            SEVERE_TOXICITY: { summaryScore: { value: 0.3 } },
          },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/analyze`;
  const article = await db.prisma.article.create({ data: { key: "k", title: "T" } });
  await db.prisma.comment.create({
    data: {
      id: 1,
      articleId: article.id,
      body: "you are an idiot",
      dedupeKey: "a",
      contentHash: "a",
    },
  });
});
afterAll(async () => {
  server?.close();
  await db?.close();
});

const env = () => ({
  PERSPECTIVE_API_KEY: "secret-key-123",
  PERSPECTIVE_URL: url,
  EXTERNAL_TIMEOUT_MS: "500",
  EXTERNAL_MAX_RETRIES: "0",
  PERSPECTIVE_QPS: "100",
});

describe("external scorers on stored comments", () => {
  it("does nothing when no service is configured", async () => {
    expect(await scoreExternally(db, [1], createExternalScorers({}))).toBe(0);
  });

  it("stores the service's scores beside the built-in ones", async () => {
    expect(await scoreExternally(db, [1], createExternalScorers(env()))).toBe(1);
    const row = await db.prisma.analysis.findUniqueOrThrow({
      where: { commentId_analyzer: { commentId: 1, analyzer: "perspective" } },
    });
    expect((row.scores as Record<string, number>).harassment).toBeGreaterThan(0.5);
  });

  it("survives a failing service and leaves earlier scores in place", async () => {
    failing = true;
    expect(await scoreExternally(db, [1], createExternalScorers(env()))).toBe(0);
    failing = false;
    expect(await db.prisma.analysis.count({ where: { analyzer: "perspective" } })).toBe(1);
  });

  it("is skipped when an admin switched the service off", async () => {
    await db.prisma.setting.create({
      data: { key: EXTERNAL_SETTING_KEY, value: { perspective: false } },
    });
    const before = calls;
    expect(await scoreExternally(db, [1], createExternalScorers(env()))).toBe(0);
    expect(calls).toBe(before);
  });
});
