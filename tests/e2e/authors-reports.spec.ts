// Authors and reader reports in a real browser against `vigil serve`: a comment system pushes
// comments with an API key; an editor bans an author and the next comment is hidden and absent
// from the public API; pre-moderation holds a comment nothing would stop; a reader's report shows
// in the Reported view with a raised priority, and a decision resolves it.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "./support/auth";

test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const ARTICLE = `https://e2e-authors.example/story-${run}`;
let apiKey = "";

async function ingest(request: APIRequestContext, author: string, body: string): Promise<number> {
  const res = await request.post("/api/v1/comments", {
    headers: { Authorization: `Bearer ${apiKey}` },
    data: {
      comments: [
        {
          articleUrl: ARTICLE,
          articleTitle: `Authors e2e ${run}`,
          externalId: `${author}-${body}`.replace(/\W+/g, "-"),
          author,
          body,
        },
      ],
    },
  });
  expect(res.status()).toBe(201);
  const json = (await res.json()) as { commentIds: number[] };
  expect(json.commentIds).toHaveLength(1);
  return json.commentIds[0];
}

/** The comment's queue row as a signed-in page sees it (status, priority, article, author). */
async function queueRow(page: Page, id: number, view = "all") {
  const res = await page.request.get(`/api/queue?view=${view}&q=${encodeURIComponent(run)}`);
  expect(res.status()).toBe(200);
  const { rows } = (await res.json()) as {
    rows: Array<{
      id: number;
      status: string;
      priority: number;
      articleId: number;
      authorId: number;
      reports?: { count: number } | null;
    }>;
  };
  return rows.find((r) => r.id === id) ?? null;
}

async function publicIds(request: APIRequestContext, articleId: number): Promise<number[]> {
  const res = await request.get(`/api/public/articles/${articleId}/comments`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { comments: Array<{ id: number }> }).comments.map((c) => c.id);
}

async function authorAction(page: Page, testId: string, reason: string) {
  await page.getByTestId(testId).click();
  const dialog = page.getByTestId("author-dialog");
  await dialog.getByLabel("Reason").fill(reason);
  await dialog.locator('button[type="submit"]').click();
  await expect(dialog).toBeHidden();
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page, "ADMIN");
  await page.goto("/admin/settings/api-keys");
  await page.getByLabel("Name (who or what uses it)").fill(`e2e authors ${run}`);
  await page.getByRole("button", { name: "Create key" }).click();
  apiKey = (await page.getByLabel("New API key").textContent())!.trim();
  expect(apiKey.length).toBeGreaterThan(20);
  await page.close();
});

test("an editor bans an author: the next ingested comment is stored hidden and never reaches the public API", async ({
  page,
  request,
}) => {
  const first = await ingest(request, `Bram ${run}`, `First polite remark ${run}`);
  await signIn(page, "EDITOR");
  const row = (await queueRow(page, first))!;
  expect(await publicIds(request, row.articleId)).toContain(first);

  await page.goto(`/comments/${first}`);
  await page.getByTestId("author-link").click();
  await expect(page).toHaveURL(new RegExp(`/authors/${row.authorId}$`));
  await expect(page.getByTestId("author-name")).toHaveText(`Bram ${run}`);
  await authorAction(page, "author-ban", "Repeated antisemitic abuse");
  await expect(page.getByTestId("author-state")).toContainText("Banned");
  await expect(page.getByTestId("author-history")).toContainText("Banned");

  const next = await ingest(request, `Bram ${run}`, `Second polite remark ${run}`);
  expect((await queueRow(page, next))!.status).toBe("HIDDEN");
  const shown = await publicIds(request, row.articleId);
  expect(shown).not.toContain(next);
  expect(shown).not.toContain(first);
  // and a reader cannot report what they cannot see
  expect(
    (
      await request.post(`/api/public/comments/${next}/reports`, { data: { reason: "spam" } })
    ).status(),
  ).toBe(404);

  await page.goto(`/comments/${next}`);
  await expect(page.getByTestId("history")).toContainText("author banned");
});

test("a moderator cannot ban, but can pre-moderate: the next comment waits for a person though nothing would stop it", async ({
  page,
  request,
}) => {
  const first = await ingest(request, `Cleo ${run}`, `An ordinary thought ${run}`);
  await signIn(page, "MODERATOR");
  const row = (await queueRow(page, first))!;
  await page.goto(`/authors/${row.authorId}`);
  await expect(page.getByTestId("author-ban")).toHaveCount(0);
  await authorAction(page, "author-premoderate", "New account posting links");
  await expect(page.getByTestId("author-state")).toContainText("Pre-moderated");

  const held = await ingest(request, `Cleo ${run}`, `Another ordinary thought ${run}`);
  expect((await queueRow(page, held))!.status).toBe("PENDING");
  expect(await publicIds(request, row.articleId)).not.toContain(held);
  await page.reload();
  await expect(
    page.getByTestId("author-comment-row").filter({ hasText: "Another ordinary thought" }),
  ).toContainText("Held: author pre-moderated");

  await page.goto(`/comments/${held}`);
  await expect(page.getByTestId("held-notice")).toContainText("author pre-moderated");
  await page.getByRole("button", { name: /^Approve/ }).click();
  // (the review page may move on to the next comment by itself: read the state from the API)
  await expect.poll(async () => (await queueRow(page, held))?.status).toBe("APPROVED");
  expect(await publicIds(request, row.articleId)).toContain(held);
});

test("a reader's report shows in the Reported view with a raised priority; hiding the comment resolves it", async ({
  page,
  request,
  browser,
}) => {
  const id = await ingest(request, `Dora ${run}`, `You people are all the same ${run}`);
  // Its twin (same text, another id) scores alike at every stage: the report is the only difference.
  const twin = await ingest(request, `Dora ${run}`, `You people are all the same ${run} `);
  await signIn(page, "MODERATOR");
  const before = (await queueRow(page, id))!;

  // A reader on the public page, signed out, reports the comment.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/p/${before.articleId}`);
  // the public page lists comments in id order: the first of the two twins is the one reported
  const comment = reader
    .getByTestId("public-comment")
    .filter({ hasText: `You people are all the same ${run}` })
    .first();
  await comment.getByText("Report", { exact: true }).click();
  await comment.getByLabel("Why?").selectOption("harassment");
  await comment.getByLabel("Note (optional)").fill("Targets other readers");
  await comment.getByRole("button", { name: "Send report" }).click();
  await expect(comment.getByTestId("report-status")).toHaveText(
    "Thank you: moderators will look at this comment.",
  );
  await reader.close();
  expect(
    (
      await request.post(`/api/public/comments/${id}/reports`, { data: { reason: "harassment" } })
    ).status(),
  ).toBe(429);
  expect(
    (
      await request.post(`/api/public/comments/${id}/reports`, { data: { reason: "rude" } })
    ).status(),
  ).toBe(400);

  const after = (await queueRow(page, id, "reported"))!;
  expect(after.reports?.count).toBe(1);
  expect(await queueRow(page, twin, "reported")).toBeNull();
  // Background (stage-2) scoring may refine both priorities meanwhile; the report keeps adding 10.
  await expect
    .poll(
      async () => {
        const [a, b] = [await queueRow(page, id), await queueRow(page, twin)];
        return a && b ? a.priority - Math.min(100, b.priority + 10) : null;
      },
      { timeout: 30_000 },
    )
    .toBe(0);

  await page.goto("/queue?view=reported");
  await expect(page.getByRole("link", { name: /^Reported/ })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const row = page.locator(`[data-testid="queue-row"][data-comment-id="${id}"]`);
  await expect(row.getByTestId("reports-chip")).toHaveText("1 report: Harassment");

  await page.goto(`/comments/${id}`);
  const reports = page.getByTestId("comment-reports");
  await expect(reports).toContainText("1 open");
  await expect(reports).toContainText("Targets other readers");
  await page.getByRole("button", { name: /^Hide/ }).click();
  const hide = page.getByTestId("reason-dialog");
  await hide.getByLabel("Reason").fill("Harassment of readers");
  await hide.getByRole("button", { name: "Hide" }).click();
  await expect.poll(async () => (await queueRow(page, id))?.status).toBe("HIDDEN");
  await page.goto(`/comments/${id}`);
  await expect(page.getByTestId("comment-reports")).toContainText("0 open");
  await expect(page.getByTestId("comment-reports")).toContainText("upheld");

  await page.goto("/queue?view=reported");
  await expect(page.locator(`[data-testid="queue-row"][data-comment-id="${id}"]`)).toHaveCount(0);
});
