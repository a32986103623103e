// A small hand-made moderation history (times in UTC) whose report figures are worked out by hand
// in reports-aggregates.test.ts. Shared by the reports integration tests.
import type { TDb } from "@/lib/db/connect";
import { createUserWithPassword } from "@/lib/auth/passwords";

export type TFixture = {
  m1: string;
  m2: string;
  admin: string;
  a1: number;
  a2: number;
  c: Record<string, number>;
};

type TCommentSpec = {
  key: string;
  article: "a1" | "a2";
  at: string;
  hate?: number;
  threat?: number;
  misinfo?: number;
  flagged: string[];
  status?: string;
  category?: string;
  body?: string;
};

const COMMENTS: TCommentSpec[] = [
  {
    key: "c1",
    article: "a1",
    at: "2026-03-01 10:00",
    hate: 0.9,
    flagged: ["hate"],
    status: "FLAGGED",
    category: "HATE",
  },
  {
    key: "c2",
    article: "a1",
    at: "2026-03-01 11:00",
    hate: 0.7,
    flagged: ["hate"],
    status: "FLAGGED",
    category: "HATE",
  },
  {
    key: "c3",
    article: "a1",
    at: "2026-03-01 12:00",
    hate: 0.2,
    flagged: [],
    status: "FLAGGED",
    category: "HATE",
  },
  {
    key: "c4",
    article: "a2",
    at: "2026-03-02 09:00",
    misinfo: 0.8,
    flagged: ["misinformation"],
    status: "HIDDEN",
  },
  {
    key: "c5",
    article: "a2",
    at: "2026-03-02 10:00",
    hate: 0.6,
    threat: 0.6,
    flagged: ["hate", "threat"],
    status: "FLAGGED",
    category: "THREAT",
  },
  { key: "c6", article: "a2", at: "2026-03-03 08:00", flagged: [] },
  {
    key: "c7",
    article: "a1",
    at: "2026-03-01 20:00",
    hate: 0.55,
    flagged: ["hate"],
    status: "APPROVED",
    body: '=HYPERLINK("x")\nsecond line, with "quotes"',
  },
];

// [comment, actor, action, after-status, category, at]
const DECISIONS: Array<[string, "m1" | "m2", string, string, string | null, string]> = [
  ["c1", "m1", "flag", "FLAGGED", "HATE", "2026-03-01 12:00"],
  ["c2", "m1", "approve", "APPROVED", null, "2026-03-01 12:10"],
  ["c3", "m2", "flag", "FLAGGED", "HATE", "2026-03-02 12:00"],
  ["c4", "m2", "hide", "HIDDEN", null, "2026-03-02 12:30"],
  ["c5", "m1", "flag", "FLAGGED", "THREAT", "2026-03-03 10:00"],
  ["c7", "m2", "approve", "APPROVED", null, "2026-03-03 09:00"],
  ["c2", "m1", "undo", "PENDING", null, "2026-03-03 11:00"],
  ["c2", "m2", "flag", "FLAGGED", "HATE", "2026-03-03 12:00"],
];

export async function loadReportsFixture(db: TDb): Promise<TFixture> {
  const mk = (email: string, role: "ADMIN" | "MODERATOR") =>
    createUserWithPassword(db.prisma, {
      email,
      name: email.split("@")[0],
      role,
      password: "fixture-password",
    });
  const admin = (await mk("boss@fixture.test", "ADMIN")).id;
  const m1 = (await mk("m1@fixture.test", "MODERATOR")).id;
  const m2 = (await mk("m2@fixture.test", "MODERATOR")).id;
  const art = async (key: string, title: string) =>
    (
      await db.sql.query<{ id: number }>(
        `INSERT INTO "Article" ("key","title","updatedAt") VALUES ($1,$2,now()) RETURNING "id"`,
        [key, title],
      )
    ).rows[0].id;
  const a1 = await art("fixture:a1", "Alpha");
  const a2 = await art("fixture:a2", "Beta");
  const c: Record<string, number> = {};
  for (const s of COMMENTS) {
    const { rows } = await db.sql.query<{ id: number }>(
      `INSERT INTO "Comment" ("articleId","dedupeKey","body","contentHash","status","flagCategory","hateScore","threatScore","misinfoScore","flaggedHarms","scoredAt","createdAt","updatedAt")
       VALUES ($1,$2,$3,$2,$4::"CommentStatus",$5::"FlagCategory",$6,$7,$8,$9::text[],$10::timestamp,$10::timestamp,$10::timestamp) RETURNING "id"`,
      [
        s.article === "a1" ? a1 : a2,
        s.key,
        s.body ?? `comment ${s.key}`,
        s.status ?? "PENDING",
        s.category ?? null,
        s.hate ?? 0,
        s.threat ?? 0,
        s.misinfo ?? 0,
        s.flagged,
        s.at,
      ],
    );
    c[s.key] = rows[0].id;
  }
  const users = { m1, m2 };
  for (const [key, who, action, status, category, at] of DECISIONS) {
    await db.sql.query(
      `INSERT INTO "ModerationAction" ("actorId","actorEmail","targetType","targetId","action","before","after","createdAt")
       VALUES ($1,$2,'COMMENT',$3,$4,'{"status":"PENDING"}'::jsonb,$5::jsonb,$6::timestamp)`,
      [
        users[who],
        `${who}@fixture.test`,
        String(c[key]),
        action,
        JSON.stringify({ status, flagCategory: category }),
        at,
      ],
    );
  }
  await db.sql.query(
    `INSERT INTO "ModerationAction" ("actorId","actorEmail","targetType","targetId","action","before","after","createdAt")
     VALUES ($1,'boss@fixture.test','USER',$2,'user.role','{"role":"MODERATOR"}','{"role":"EDITOR"}','2026-03-02 15:00')`,
    [admin, m2],
  );
  return { m1, m2, admin, a1, a2, c };
}
