// The moderation workspace in a real browser on the seeded demo database: queue and filters in the
// URL, reviewing with context, decisions and their undo, annotating, bulk over a filter, a
// keyboard-only session, two moderators racing, editor-only controls, the public API's visibility
// rule, and accessibility of the queue and review pages.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { emailFor, DEMO_PASSWORD, signIn, type TRole } from "./support/auth";

async function openComment(page: Page, text: string): Promise<number> {
  await page.goto(`/queue?view=all&q=${encodeURIComponent(`"${text}"`)}`);
  const row = page.getByTestId("queue-row").filter({ hasText: text }).first();
  await expect(row).toBeVisible();
  const id = Number(await row.getAttribute("data-comment-id"));
  await row.getByRole("link", { name: new RegExp(text.slice(0, 20)) }).click();
  await expect(page).toHaveURL(new RegExp(`/comments/${id}`));
  await expect(page.getByRole("heading", { name: `Comment #${id}` })).toBeVisible();
  return id;
}

async function newSignedInPage(browser: Browser, role: TRole): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role);
  return page;
}

const statusOf = (page: Page) => page.getByRole("region", { name: "Decide" }).getByTestId("status-badge").first();

/** These tests check the decided comment itself: turn auto-advance (on by default) off for this user. */
async function stayAfterDeciding(page: Page) {
  const box = page.getByRole("region", { name: "Decide" }).getByTestId("auto-advance");
  if (await box.isChecked()) {
    await box.click();
    await expect(box).not.toBeChecked();
  }
}

test("the queue keeps views, filters and sort in the URL", async ({ page }) => {
  await signIn(page, "MODERATOR");
  await page.goto("/queue?view=all&q=rats&sort=newest");
  await expect(page.getByRole("link", { name: /^All/ })).toHaveAttribute("aria-current", "page");
  const rows = page.getByTestId("queue-row");
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) expect(text.toLowerCase()).toMatch(/rat/);
  await expect(page.getByLabel(/Search text/)).toHaveValue("rats");
  await expect(page.getByLabel("Sort")).toHaveValue("newest");

  await page.getByLabel(/Search text/).fill("deir");
  await page.getByLabel("Sort").selectOption("oldest");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=deir/);
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(page).toHaveURL(/view=all/);
  await expect(rows.first()).toContainText(/deir/i);

  await page.goto("/queue?view=all&q=zzzznotaword");
  await expect(page.getByRole("heading", { name: "No comments match these filters" })).toBeVisible();
  await page.goto("/queue?view=bogus&sort=nope&minScore=9");
  await expect(page.getByRole("link", { name: /^Needs review/ })).toHaveAttribute("aria-current", "page");
});

test("reviewing a seed comment shows its text, scores and context", async ({ page }) => {
  await signIn(page, "MODERATOR");
  await openComment(page, "I have the same problem");
  await expect(page.getByTestId("comment-text")).toContainText("can-t open the map");
  await expect(page.getByRole("list", { name: "Scores by harm" })).toContainText("Hate");
  await expect(page.getByRole("region", { name: "Article" })).toContainText("ISIS Lost Last Chance");
  await expect(page.getByRole("region", { name: /Author: Goran/ }).getByTestId("author-counts")).toContainText("Needs review");
  await expect(page.getByRole("region", { name: /^Thread/ })).toBeVisible();
});

test("approve, flag and hide, each undone (toast and history)", async ({ page }) => {
  await signIn(page, "MODERATOR");
  await openComment(page, "seems like the race to deir ezzor");
  await stayAfterDeciding(page);
  await page.getByRole("button", { name: /^Approve/ }).click();
  await expect(page.getByTestId("toast")).toContainText("Approved.");
  await expect(statusOf(page)).toHaveText("Approved");
  await page.getByTestId("toast").getByRole("button", { name: /Undo/ }).click();
  await expect(page.getByTestId("toast")).toContainText("Undone.");
  await expect(statusOf(page)).toHaveText("Needs review");

  await page.getByRole("button", { name: /^Flag/ }).click();
  const flag = page.getByTestId("flag-dialog");
  await flag.getByLabel(/Harassment/).check();
  await flag.getByLabel("Reason (optional)").fill("insulting");
  await flag.getByRole("button", { name: "Flag" }).click();
  await expect(statusOf(page)).toHaveText("Flagged: Harassment");

  await page.getByRole("button", { name: /^Hide/ }).click();
  const hide = page.getByTestId("reason-dialog");
  await hide.getByRole("button", { name: "Hide" }).click();
  await expect(hide.getByText("Give a reason.")).toBeVisible();
  await hide.getByLabel("Reason").fill("off-topic abuse");
  await hide.getByRole("button", { name: "Hide" }).click();
  await expect(statusOf(page)).toHaveText("Hidden");

  const history = page.getByTestId("history");
  await expect(history).toContainText("hid: Flagged (Harassment) → Hidden");
  await history.getByRole("button", { name: /Undo: Demo Moderator hid/ }).click();
  await expect(statusOf(page)).toHaveText("Flagged: Harassment");
  await expect(history).toContainText("undid a change");
});

test("annotating selected text shows the annotation to other moderators", async ({ page, browser }) => {
  await signIn(page, "MODERATOR");
  const id = await openComment(page, "Just like the with green rats");
  // Select "green rats" as a person would: the words cross the highlight of "rats", so the
  // selection starts in one text node and ends in another.
  await page.getByTestId("comment-text").evaluate((root, phrase) => {
    const nodes: Array<{ node: Text; start: number }> = [];
    let text = "";
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.parentElement as HTMLElement).closest("[data-skip]")) continue;
      nodes.push({ node: node as Text, start: text.length });
      text += node.textContent;
    }
    const at = text.indexOf(phrase);
    const locate = (offset: number) => {
      const hit = [...nodes].reverse().find((n) => n.start <= offset)!;
      return [hit.node, offset - hit.start] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + phrase.length));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, "green rats");
  const form = page.getByRole("form", { name: "Annotate text" });
  await expect(form.getByLabel(/^Text/)).toHaveValue("green rats");
  await form.getByLabel("Label").fill("dehumanising");
  await form.getByLabel("Note (optional)").fill("rats = people");
  await form.getByRole("button", { name: "Save annotation" }).click();
  await expect(page.getByText("Annotated “green rats”.")).toBeVisible();

  const other = await newSignedInPage(browser, "EDITOR");
  await other.goto(`/comments/${id}`);
  await expect(other.getByTestId("annotations")).toContainText("dehumanising “green rats” — rats = people (Demo Moderator)");
});

test("bulk: approve all comments matching a filter after seeing the count, then undo the batch", async ({ page }) => {
  await signIn(page, "MODERATOR");
  await page.goto("/queue?q=deir");
  const rows = page.getByTestId("queue-row");
  await expect(rows.first()).toBeVisible();
  const n = await rows.count();
  await page.getByLabel("Select all comments on this page").check();
  await expect(page.getByTestId("bulk-count")).toHaveText(`${n} selected`);
  await page.getByRole("button", { name: "Select all matching this filter" }).click();
  await expect(page.getByTestId("bulk-count")).toHaveText(`All ${n} matching this filter selected`);
  await page.getByRole("button", { name: `Approve ${n}` }).click();
  const confirm = page.getByTestId("reason-dialog");
  await expect(confirm.getByRole("heading")).toHaveText(`Approve ${n} comment${n === 1 ? "" : "s"}?`);
  await confirm.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("toast")).toContainText(`Approved: ${n} done`);
  await expect(page.getByRole("heading", { name: "No comments match these filters" })).toBeVisible();
  await page.getByTestId("toast").getByRole("button", { name: /Undo/ }).click();
  await expect(page.getByTestId("toast")).toContainText(`Batch undone: ${n} done`);
  await expect(rows).toHaveCount(n);
});

test("keyboard only: sign in, move, open, approve, undo, flag with a number, help", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").focus();
  await page.keyboard.type(emailFor("MODERATOR"));
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("whoami")).toContainText("moderator");
  await page.goto("/queue");
  const first = page.getByTestId("queue-row").first();
  // Keys pressed before the page has hydrated do nothing; the first "j" that lands focuses row 1.
  await expect(async () => {
    await page.keyboard.press("j");
    await expect(first.getByRole("link").first()).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await expect(first.getByRole("link").first()).toBeFocused();
  const id = await first.getAttribute("data-comment-id");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/comments/${id}`));
  await expect(statusOf(page)).toHaveText("Needs review");
  await stayAfterDeciding(page);

  await page.keyboard.press("a");
  await expect(statusOf(page)).toHaveText("Approved");
  await page.keyboard.press("u");
  await expect(statusOf(page)).toHaveText("Needs review");
  await page.keyboard.press("f");
  await expect(page.getByTestId("flag-dialog")).toBeVisible();
  await page.keyboard.press("2");
  await expect(statusOf(page)).toHaveText("Flagged: Misinformation");
  await page.keyboard.press("u");
  await expect(statusOf(page)).toHaveText("Needs review");

  await page.keyboard.press("?");
  await expect(page.getByTestId("shortcuts-dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("shortcuts-dialog")).toBeHidden();
  await page.keyboard.press("n");
  await expect(page.getByLabel("Add a note (n)")).toBeFocused();
  await page.keyboard.type("j and k must not fire while typing");
  await expect(page).toHaveURL(new RegExp(`/comments/${id}`));
  await page.keyboard.press("Escape");
  await page.keyboard.press("j");
  await expect(page).not.toHaveURL(new RegExp(`/comments/${id}(\\?|$)`));

  // Back to the queue ("g q"), decide the highlighted row with "a": the next row takes its place
  // and keeps the focus; "u" brings the decided one back.
  await page.keyboard.press("g");
  await page.keyboard.press("q");
  await expect(page).toHaveURL(/\/queue$/);
  const rows = page.getByTestId("queue-row");
  await expect(async () => {
    await page.keyboard.press("j");
    await expect(rows.first().getByRole("link").first()).toBeFocused({ timeout: 500 });
  }).toPass();
  const decided = await rows.first().getAttribute("data-comment-id");
  const next = await rows.nth(1).getAttribute("data-comment-id");
  await page.keyboard.press("a");
  await expect(page.getByTestId("toast")).toContainText(`Approved: comment #${decided}.`);
  await expect(rows.first()).toHaveAttribute("data-comment-id", next!);
  await expect(rows.first().getByRole("link").first()).toBeFocused();
  await page.keyboard.press("u");
  await expect(page.getByTestId("toast")).toContainText("Undone.");
  await expect(rows.first()).toHaveAttribute("data-comment-id", decided!);
});

test("two moderators race on one comment: one wins, the other sees who changed it", async ({ browser }) => {
  const a = await newSignedInPage(browser, "MODERATOR");
  const id = await openComment(a, "Haha sounds good bruh");
  const b = await newSignedInPage(browser, "EDITOR");
  await b.goto(`/comments/${id}`);
  await expect(b.getByTestId("lease-banner")).toContainText("Being reviewed by Demo Moderator");
  await b.goto(`/queue?view=all&q=${encodeURIComponent('"Haha sounds good bruh"')}`);
  await expect(b.getByTestId("lease-badge")).toHaveText("Being reviewed by Demo Moderator");
  await b.goto(`/comments/${id}`);
  await stayAfterDeciding(a);
  await stayAfterDeciding(b);

  await a.getByRole("button", { name: /^Approve/ }).click();
  await expect(statusOf(a)).toHaveText("Approved");
  await b.getByRole("button", { name: /^Flag/ }).click();
  await b.getByTestId("flag-dialog").getByLabel(/Spam/).check();
  await b.getByTestId("flag-dialog").getByRole("button", { name: "Flag" }).click();
  await expect(b.getByTestId("conflict")).toContainText("Changed by someone else: now APPROVED by Demo Moderator.");
  await expect(statusOf(b)).toHaveText("Approved");
});

test("live updates: a row someone else handles leaves the queue without a reload", async ({ page, browser }) => {
  await signIn(page, "MODERATOR");
  await page.goto(`/queue?q=${encodeURIComponent('"switch browsers"')}`);
  const row = page.getByTestId("queue-row");
  await expect(row).toHaveCount(1);
  const id = await row.getAttribute("data-comment-id");
  const other = await newSignedInPage(browser, "EDITOR");
  await other.goto(`/comments/${id}`);
  await stayAfterDeciding(other);
  await other.getByRole("button", { name: /^Approve/ }).click();
  await expect(statusOf(other)).toHaveText("Approved");
  await expect(row).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByText("1 comment was handled by someone else and left this view.")).toBeAttached();
});

test("a moderator cannot use editor controls, even by replaying the editor's request", async ({ browser }) => {
  const editor = await newSignedInPage(browser, "EDITOR");
  await editor.goto("/articles");
  await editor.getByTestId("articles-table").getByRole("link").first().click();
  await editor.waitForURL(/\/articles\/\d+$/);
  const articleUrl = editor.url();
  let captured: { action: string; body: string } | null = null;
  editor.on("request", (request) => {
    const action = request.headers()["next-action"];
    if (action && request.method() === "POST" && !captured) captured = { action, body: request.postData() ?? "" };
  });
  await editor.getByRole("button", { name: "Close comments" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Comments closed." })).toBeVisible();
  await editor.getByRole("button", { name: "Reopen comments" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Comments reopened." })).toBeVisible();
  expect(captured).not.toBeNull();

  const moderator = await newSignedInPage(browser, "MODERATOR");
  await moderator.goto(articleUrl);
  await expect(moderator.getByTestId("editor-only")).toBeVisible();
  await expect(moderator.getByRole("button", { name: /Hide article|Close comments/ })).toHaveCount(0);
  const replay = await moderator.request.post(articleUrl, {
    headers: { "Next-Action": captured!.action, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: captured!.body,
  });
  expect(await replay.text()).toContain("forbidden");
  await moderator.reload();
  await expect(moderator.getByText(/comments open/)).toBeVisible();
});

test("a hidden comment, and a hidden article, never reach the public API or page", async ({ page, browser }) => {
  await signIn(page, "MODERATOR");
  const id = await openComment(page, "A disgrace.");
  const articleHref = await page.getByRole("region", { name: "Article" }).getByRole("link").first().getAttribute("href");
  const articleId = Number(articleHref!.split("/").pop());
  const before = await (await page.request.get(`/api/public/articles/${articleId}/comments`)).json();
  expect(before.comments.map((c: { id: number }) => c.id)).toContain(id);

  await page.getByRole("button", { name: /^Hide/ }).click();
  await page.getByTestId("reason-dialog").getByLabel("Reason").fill("insult");
  await page.getByTestId("reason-dialog").getByRole("button", { name: "Hide" }).click();
  await expect(statusOf(page)).toHaveText("Hidden");

  const anonymous = await browser.newContext();
  const response = await anonymous.request.get(`/api/public/articles/${articleId}/comments`);
  expect(response.status()).toBe(200);
  const after = await response.json();
  expect(after.comments.map((c: { id: number }) => c.id)).not.toContain(id);
  expect(JSON.stringify(after)).not.toContain("A disgrace.");
  const publicPage = await anonymous.newPage();
  await publicPage.goto(`/p/${articleId}`);
  await expect(publicPage.getByTestId("public-comment").first()).toBeVisible();
  await expect(publicPage.getByText("A disgrace.")).toHaveCount(0);

  const editor = await newSignedInPage(browser, "EDITOR");
  await editor.goto(`/articles/${articleId}`);
  await editor.getByRole("button", { name: "Hide article…" }).click();
  await editor.getByTestId("reason-dialog").getByLabel("Reason").fill("legal request");
  await editor.getByTestId("reason-dialog").getByRole("button", { name: "Hide article" }).click();
  await expect(editor.getByRole("button", { name: "Restore article" })).toBeVisible();
  expect((await anonymous.request.get(`/api/public/articles/${articleId}/comments`)).status()).toBe(404);
  expect((await publicPage.goto(`/p/${articleId}`))!.status()).toBe(404);
  await editor.getByRole("button", { name: "Restore article" }).click();
  await expect(editor.getByRole("button", { name: "Hide article…" })).toBeVisible();
});

test("the queue and review pages have no serious or critical accessibility violations", async ({ page }) => {
  await signIn(page, "MODERATOR");
  for (const path of ["/queue", "/queue?view=all&q=rats"]) {
    await page.goto(path);
    await expect(page.getByTestId("queue-row").first()).toBeVisible();
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
  await openComment(page, "Just like the with green rats");
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
