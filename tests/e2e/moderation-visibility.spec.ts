// The moderation workspace in a real browser: editor-only controls refused to a moderator (even
// replayed), the public API's visibility rule, and accessibility of the queue and review pages.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { newSignedInPage, openComment, statusOf } from "./support/review";

test("a moderator cannot use editor controls, even by replaying the editor's request", async ({
  browser,
}) => {
  const editor = await newSignedInPage(browser, "EDITOR");
  await editor.goto("/articles");
  await editor.getByTestId("articles-table").getByRole("link").first().click();
  await editor.waitForURL(/\/articles\/\d+$/);
  const articleUrl = editor.url();
  let captured: { action: string; body: string } | null = null;
  editor.on("request", (request) => {
    const action = request.headers()["next-action"];
    if (action && request.method() === "POST" && !captured)
      captured = { action, body: request.postData() ?? "" };
  });
  await editor.getByRole("button", { name: "Close comments" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Comments closed." })).toBeVisible();
  await editor.getByRole("button", { name: "Reopen comments" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Comments reopened." })).toBeVisible();
  expect(captured).not.toBeNull();

  const moderator = await newSignedInPage(browser, "MODERATOR");
  await moderator.goto(articleUrl);
  await expect(moderator.getByTestId("editor-only")).toBeVisible();
  await expect(moderator.getByRole("button", { name: /Hide article|Close comments/ })).toHaveCount(
    0,
  );
  const replay = await moderator.request.post(articleUrl, {
    headers: {
      "Next-Action": captured!.action,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    data: captured!.body,
  });
  expect(await replay.text()).toContain("forbidden");
  await moderator.reload();
  await expect(moderator.getByText(/comments open/)).toBeVisible();
});

test("a hidden comment, and a hidden article, never reach the public API or page", async ({
  page,
  browser,
}) => {
  await signIn(page, "MODERATOR");
  const id = await openComment(page, "A disgrace.");
  const articleHref = await page
    .getByRole("region", { name: "Article" })
    .getByRole("link")
    .first()
    .getAttribute("href");
  const articleId = Number(articleHref!.split("/").pop());
  const before = await (
    await page.request.get(`/api/public/articles/${articleId}/comments`)
  ).json();
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
  expect((await anonymous.request.get(`/api/public/articles/${articleId}/comments`)).status()).toBe(
    404,
  );
  expect((await publicPage.goto(`/p/${articleId}`))!.status()).toBe(404);
  await editor.getByRole("button", { name: "Restore article" }).click();
  await expect(editor.getByRole("button", { name: "Hide article…" })).toBeVisible();
});

test("the queue and review pages have no serious or critical accessibility violations", async ({
  page,
}) => {
  await signIn(page, "MODERATOR");
  for (const path of ["/queue", "/queue?view=all&q=rats"]) {
    await page.goto(path);
    await expect(page.getByTestId("queue-row").first()).toBeVisible();
    const result = await new AxeBuilder({ page }).analyze();
    expect(
      result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.help}`),
    ).toEqual([]);
  }
  await openComment(page, "Just like the with green rats");
  const result = await new AxeBuilder({ page }).analyze();
  expect(
    result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);
});
