// Issue 10 in a real browser, the review loop: the bulk count stays true under live updates, live
// tab counts, auto-advance, inline row actions, compact density at 1366×768, the Import page stops
// polling, and hidden articles marked in the queue.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import {
  decide,
  newSignedInPage,
  queueReady,
  setAutoAdvance,
  statusOf,
  warmUpSignIn,
} from "./support/review";

warmUpSignIn();

test("bulk: a selected row someone else decides leaves the count, and the toast says it was skipped", async ({
  page,
  browser,
}) => {
  await signIn(page, "MODERATOR");
  await page.goto("/queue");
  await queueReady(page);
  const rows = page.getByTestId("queue-row");
  const [a, b] = [
    await rows.nth(0).getAttribute("data-comment-id"),
    await rows.nth(1).getAttribute("data-comment-id"),
  ];
  await rows.nth(0).getByRole("checkbox").check();
  await rows.nth(1).getByRole("checkbox").check();
  await expect(page.getByTestId("bulk-count")).toHaveText("2 selected");

  const other = await newSignedInPage(browser, "ADMIN");
  await other.goto(`/comments/${b}`);
  await setAutoAdvance(other, false);
  await decide(other)
    .getByRole("button", { name: /^Approve/ })
    .click();
  await expect(statusOf(other)).toHaveText("Approved");

  await expect(page.getByTestId("bulk-count")).toHaveText("1 selected", { timeout: 15_000 });
  await page.getByRole("button", { name: "Approve 1" }).click();
  const confirm = page.getByTestId("reason-dialog");
  await expect(confirm.getByRole("heading")).toHaveText("Approve 1 comment?");
  await confirm.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("toast")).toContainText(
    "Approved: 1 done, 1 skipped: already handled.",
  );
  await page.getByTestId("toast").getByRole("button", { name: /Undo/ }).click();
  await expect(page.getByTestId("toast")).toContainText("Batch undone");
  expect(a).not.toBe(b);
});

test("tab counts follow someone else's decisions without a reload", async ({ page, browser }) => {
  await signIn(page, "MODERATOR");
  await page.goto("/queue");
  await queueReady(page);
  const count = page.getByTestId("count-needs-review");
  const before = Number((await count.textContent())!.replace(/\D/g, ""));
  const id = await page.getByTestId("queue-row").first().getAttribute("data-comment-id");
  const other = await newSignedInPage(browser, "ADMIN");
  await other.goto(`/comments/${id}`);
  await setAutoAdvance(other, false);
  await decide(other)
    .getByRole("button", { name: /^Approve/ })
    .click();
  await expect(statusOf(other)).toHaveText("Approved");
  await expect(count).toHaveText(String(before - 1), { timeout: 15_000 });
  await other.getByTestId("toast").getByRole("button", { name: /Undo/ }).click();
  await expect(count).toHaveText(String(before), { timeout: 15_000 });
});

test("auto-advance: after a decision the next comment of the same view opens", async ({ page }) => {
  await signIn(page, "MODERATOR");
  await page.goto("/queue");
  const rows = page.getByTestId("queue-row");
  const first = await rows.nth(0).getAttribute("data-comment-id");
  const second = await rows.nth(1).getAttribute("data-comment-id");
  await rows.nth(0).getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/comments/${first}`));
  await setAutoAdvance(page, true);
  await page.keyboard.press("a");
  await expect(page).toHaveURL(new RegExp(`/comments/${second}`));
  await expect(page.getByTestId("toast")).toContainText("Approved.");
  await expect(statusOf(page)).toHaveText("Needs review");
  await page.getByTestId("toast").getByRole("button", { name: /Undo/ }).click();
  await expect(page.getByTestId("toast")).toContainText("Undone.");
  // Turned off, the page stays on the decided comment (the setting is kept on the server).
  await setAutoAdvance(page, false);
  await page.reload();
  await expect(decide(page).getByTestId("auto-advance")).not.toBeChecked();
  await page.keyboard.press("a");
  await expect(statusOf(page)).toHaveText("Approved");
  await expect(page).toHaveURL(new RegExp(`/comments/${second}`));
  await page.getByTestId("toast").getByRole("button", { name: /Undo/ }).click();
  await expect(statusOf(page)).toHaveText("Needs review");
});

test("queue rows: inline approve for mouse users, compact density at 1366×768", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, "EDITOR");
  await page.goto("/queue?view=all");
  const rows = page.getByTestId("queue-row");
  const id = await rows.first().getAttribute("data-comment-id");

  await page.getByTestId("density-compact").click();
  await expect(page.getByTestId("queue-table")).toHaveAttribute("data-density", "compact");
  // Kept on the server: a reload (once the save has landed) still shows compact rows.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("queue-table")).toHaveAttribute("data-density", "compact", {
      timeout: 1000,
    });
  }).toPass();
  await page.evaluate(() => window.scrollTo(0, 0));
  // Rows wholly inside the 1366×768 viewport at the top of the page (comfortable shows 4).
  const aboveFold = await rows.evaluateAll(
    (els) =>
      els.filter((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }).length,
  );
  expect(aboveFold).toBeGreaterThanOrEqual(12);
  await page.getByRole("button", { name: "Comfortable" }).click();
  await expect(page.getByTestId("queue-table")).toHaveAttribute("data-density", "comfortable");

  await page.goto("/queue");
  const target = page.getByTestId("queue-row").first();
  const pending = await target.getAttribute("data-comment-id");
  await target.getByRole("button", { name: `Approve comment ${pending}` }).click();
  await expect(page.getByTestId("toast")).toContainText(`Approved: comment #${pending}.`);
  await expect(page.locator(`[data-testid=queue-row][data-comment-id="${pending}"]`)).toHaveCount(
    0,
  );
  await page.getByTestId("toast").getByRole("button", { name: /Undo/ }).click();
  await expect(page.getByTestId("toast")).toContainText("Undone.");
  expect(id).toBeTruthy();
});

test("the Import page stops polling once the import has finished", async ({ page }) => {
  await signIn(page, "EDITOR", "/import");
  await page.goto("/import");
  const requests: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (
      url.pathname.startsWith("/api/import/jobs/") ||
      (url.pathname === "/import" && r.method() === "GET")
    )
      requests.push(url.pathname);
  });
  const record = JSON.stringify({
    articleUrl: "https://e2e.example/polling",
    articleTitle: "Polling test",
    externalId: "poll-1",
    author: "Ida",
    body: "One comment.",
  });
  await page
    .getByLabel("Choose files to import")
    .setInputFiles([
      { name: "poll.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(record) },
    ]);
  await page.getByRole("button", { name: "Import 1 file" }).click();
  await expect(page.getByText("Import finished")).toBeVisible();
  await page.waitForTimeout(500);
  const atFinish = requests.length;
  await page.waitForTimeout(3_000);
  expect(requests.length - atFinish).toBe(0);
  expect(requests.filter((p) => p === "/import").length).toBeLessThanOrEqual(2);
});

test("comments of a hidden article are marked in the queue", async ({ page }) => {
  await signIn(page, "EDITOR");
  await page.goto("/queue?view=all");
  const row = page.getByTestId("queue-row").first();
  await expect(row.getByTestId("article-hidden")).toHaveCount(0);
  const articleHref = await row.locator('a[href*="article="]').first().getAttribute("href");
  const articleId = new URLSearchParams(articleHref!.split("?")[1]).get("article");
  await page.goto(`/articles/${articleId}`);
  await page.getByRole("button", { name: "Hide article…" }).click();
  await page.getByTestId("reason-dialog").getByLabel("Reason").fill("e2e: hidden article mark");
  await page.getByTestId("reason-dialog").getByRole("button", { name: "Hide article" }).click();
  await expect(page.getByRole("button", { name: "Restore article" })).toBeVisible();

  await page.goto(`/queue?view=all&article=${articleId}`);
  await expect(page.getByTestId("queue-row").first().getByTestId("article-hidden")).toHaveText(
    "Article hidden",
  );
  await page.goto(`/articles/${articleId}`);
  await page.getByRole("button", { name: "Restore article" }).click();
  await expect(page.getByRole("button", { name: "Hide article…" })).toBeVisible();
});
