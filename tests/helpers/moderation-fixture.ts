// The moderation test fixture: two articles, ~100 comments with tied priorities / scores / times
// (keyset edge cases), a claim match with evidence spans and a reply, and a thread too big for bulk.
import type { TDb } from "@/lib/db/connect";

export type TSeedComment = {
  id: number;
  articleId: number;
  authorId: number;
  parentId: number | null;
  body: string;
  status: "PENDING" | "APPROVED" | "FLAGGED" | "HIDDEN";
  priority: number;
  hate: number;
  harms: string[];
  claim: boolean;
  createdAt: Date;
  postedDay: number;
};
export type TFixture = {
  articleA: number;
  articleB: number;
  authorTroll: number;
  comments: TSeedComment[];
  pendingIds: number[];
  claimCommentId: number;
};

const BODIES = [
  "These people are rats and should be driven out.",
  "I think the ceasefire will hold if both sides talk.",
  "The OPCW faked its report, everyone knows it.",
  "Thanks for the clear map of the front line.",
  "Another rat infestation in the government, typical.",
  "The OPCW faked the video too, wake up.",
  "Reasonable analysis, though the dates look off.",
  "Nobody asked for your opinion, idiot.",
];
const STATUSES = [
  "PENDING",
  "PENDING",
  "PENDING",
  "FLAGGED",
  "PENDING",
  "HIDDEN",
  "APPROVED",
  "PENDING",
  "PENDING",
  "APPROVED",
] as const;
const PRIORITIES = [0, 10, 25, 25, 50, 75, 90.5];
const HATE = [0, 0.2, 0.5, 0.8, 0.95];

export async function seedModerationFixture(db: TDb): Promise<TFixture> {
  const { prisma } = db;
  const articleA = (
    await prisma.article.create({
      data: {
        key: "url:a",
        title: "Chemical attack report disputed",
        body: "Inspectors published their findings.",
        url: "https://news.example/a",
      },
    })
  ).id;
  const articleB = (
    await prisma.article.create({
      data: {
        key: "url:b",
        title: "Front line shifts near the river",
        body: "Fighting continued overnight.",
      },
    })
  ).id;
  const authors: number[] = [];
  for (const name of ["Troll Account", "Ann Reader", "Bo Commenter", "Cy Local", "Di Expert"])
    authors.push(
      (await prisma.author.create({ data: { key: `global:${name.toLowerCase()}`, name } })).id,
    );
  const base = Date.UTC(2024, 0, 20, 8, 0, 0);
  const comments: TSeedComment[] = [];
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 100; i++) {
    const articleId = i < 60 ? articleA : articleB;
    const body = `${BODIES[i % BODIES.length]} (#${i})`;
    const hate = /rats?\b/.test(body) ? HATE[3 + (i % 2)] : HATE[Math.floor(rand() * 3)];
    const harms = [
      ...(hate >= 0.5 ? ["hate"] : []),
      ...(/OPCW/.test(body) ? ["misinformation"] : []),
    ];
    const status = STATUSES[i % STATUSES.length];
    const priority = PRIORITIES[Math.floor(rand() * PRIORITIES.length)];
    const createdAt = new Date(base + (i % 20) * 60_000);
    const postedDay = 1 + (i % 20);
    const authorId = authors[i % authors.length];
    const row = await prisma.comment.create({
      data: {
        articleId,
        authorId,
        body,
        status,
        priority,
        hateScore: hate,
        flaggedHarms: harms,
        misinfoScore: harms.includes("misinformation") ? 0.7 : 0,
        createdAt,
        postedAt: new Date(Date.UTC(2024, 0, postedDay, 12)),
        dedupeKey: `k${i}`,
        contentHash: `h${i}`,
        flagCategory: status === "FLAGGED" ? "HATE" : null,
      },
    });
    comments.push({
      id: row.id,
      articleId,
      authorId,
      parentId: null,
      body,
      status,
      priority,
      hate,
      harms,
      claim: false,
      createdAt,
      postedDay,
    });
  }
  // A pending misinformation claim with a fact-check suggestion, evidence spans and one reply.
  const claim = comments.find(
    (c) =>
      c.articleId === articleA &&
      c.status === "PENDING" &&
      c.body.startsWith("The OPCW faked its report"),
  )!;
  await prisma.comment.update({ where: { id: claim.id }, data: { hasClaimMatch: true } });
  claim.claim = true;
  const fc = await prisma.factCheck.create({
    data: {
      claim: "The OPCW fabricated its Douma report",
      verdict: "False",
      url: "https://factcheck.example/opcw",
    },
  });
  await prisma.claimMatch.create({
    data: { commentId: claim.id, factCheckId: fc.id, score: 0.82 },
  });
  await prisma.analysis.create({
    data: {
      commentId: claim.id,
      analyzer: "terms",
      analyzerVersion: "1",
      scores: { misinformation: 0.7 },
      spans: [
        {
          start: 4,
          end: 15,
          category: "misinformation",
          reason: "claims a watchdog faked evidence",
        },
      ],
    },
  });
  const reply = comments.find(
    (c) => c.articleId === articleA && c.id !== claim.id && c.body.startsWith("Reasonable"),
  )!;
  await prisma.comment.update({ where: { id: reply.id }, data: { parentId: claim.id } });
  reply.parentId = claim.id;
  const pendingIds = comments
    .filter(
      (c) =>
        c.articleId === articleA &&
        c.status === "PENDING" &&
        c.id !== claim.id &&
        !/rats?\b/.test(c.body),
    )
    .map((c) => c.id);
  return {
    articleA,
    articleB,
    authorTroll: authors[0],
    comments,
    pendingIds,
    claimCommentId: claim.id,
  };
}

/** An article with more comments than a bulk action may touch at once. */
export async function seedBulkArticle(db: TDb): Promise<number> {
  const { id } = await db.prisma.article.create({
    data: { key: "url:bulk", title: "Very busy thread" },
  });
  await db.sql.query(
    `INSERT INTO "Comment" ("articleId", "dedupeKey", "body", "contentHash", "updatedAt")
     SELECT $1, 'bulk' || g, 'Comment number ' || g, 'bh' || g, now() FROM generate_series(1, 1001) g`,
    [id],
  );
  return id;
}
