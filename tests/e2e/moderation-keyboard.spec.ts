// The moderation workspace in a real browser: a keyboard-only session (sign in, move, open,
// approve, undo, flag with a number, help).
import { expect, test } from "@playwright/test";
import { emailFor, DEMO_PASSWORD } from "./support/auth";
import { statusOf, stayAfterDeciding } from "./support/review";

test("keyboard only: sign in, move, open, approve, undo, flag with a number, help", async ({
  page,
}) => {
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
  // "j" opened the next comment in the app (no page load): a chord pressed while that page is still
  // swapping in can land on the old one, so press it again until the queue opens (on the queue,
  // "g q" stays there).
  await expect(async () => {
    await page.keyboard.press("g");
    await page.keyboard.press("q");
    await expect(page).toHaveURL(/\/queue$/, { timeout: 2000 });
  }).toPass();
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
