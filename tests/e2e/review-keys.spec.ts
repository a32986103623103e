// Issue 10 in a real browser, the keyboard layer: "g a" approves nothing, the first key after a
// load is kept, "a" on a hidden row asks for the unhide reason; a dropped connection never leaves
// buttons busy.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { decide, queueReady, setAutoAdvance, statusOf, warmUpSignIn } from "./support/review";

warmUpSignIn();

test("g then a goes to Articles and approves nothing, on the queue and on a review page", async ({
  page,
}) => {
  await signIn(page, "MODERATOR");
  await page.goto("/queue");
  await queueReady(page);
  const id = await page.getByTestId("queue-row").first().getAttribute("data-comment-id");
  await page.keyboard.press("g");
  await page.keyboard.press("a");
  await expect(page).toHaveURL(/\/articles$/);

  await page.goto(`/comments/${id}`);
  await expect(statusOf(page)).toHaveText("Needs review");
  await expect(decide(page).getByRole("button", { name: /^Approve/ })).toBeEnabled();
  await page.keyboard.press("g");
  await page.keyboard.press("a");
  await expect(page).toHaveURL(/\/articles$/);
  await page.goto(`/comments/${id}`);
  await expect(statusOf(page)).toHaveText("Needs review");
});

test("the first key after a page loads is never lost", async ({ page }) => {
  await signIn(page, "MODERATOR");
  await page.goto("/queue");
  const id = await page.getByTestId("queue-row").first().getAttribute("data-comment-id");
  for (let i = 0; i < 4; i++) {
    // Pressed as soon as the HTML is parsed, before the app has hydrated.
    await page.goto(`/comments/${id}`, { waitUntil: "domcontentloaded" });
    await page.keyboard.press("?");
    await expect(page.getByTestId("shortcuts-dialog")).toBeVisible();
  }
  await page.goto("/queue", { waitUntil: "domcontentloaded" });
  await page.keyboard.press("?");
  await expect(page.getByTestId("shortcuts-dialog")).toBeVisible();
});

test("'a' on a hidden row opens the unhide dialog instead of approving", async ({ page }) => {
  await signIn(page, "MODERATOR");
  await page.goto("/queue");
  await queueReady(page);
  const row = page.getByTestId("queue-row").first();
  const id = await row.getAttribute("data-comment-id");
  await row.getByRole("button", { name: `Hide comment ${id}…` }).click();
  await page
    .getByTestId("reason-dialog")
    .getByLabel("Reason")
    .fill("e2e: hidden to test the a key");
  await page.getByTestId("reason-dialog").getByRole("button", { name: "Hide" }).click();
  await expect(page.getByTestId("toast")).toContainText(`Hidden: comment #${id}.`);

  await page.goto("/queue?view=hidden");
  await queueReady(page);
  const hidden = page.locator(`[data-testid=queue-row][data-comment-id="${id}"]`);
  await hidden.getByRole("link").first().focus();
  await page.keyboard.press("a");
  const dialog = page.getByTestId("reason-dialog");
  await expect(dialog.getByRole("heading")).toHaveText("Unhide 1 comment");
  await page.keyboard.press("Escape");
  await page.goto(`/comments/${id}`);
  await expect(statusOf(page)).toHaveText("Hidden");
  await setAutoAdvance(page, false);
  await page.keyboard.press("a");
  await expect(page.getByTestId("reason-dialog").getByRole("heading")).toHaveText("Unhide comment");
  await page.getByTestId("reason-dialog").getByLabel("Reason").fill("e2e: restore");
  await page.getByTestId("reason-dialog").getByRole("button", { name: "Unhide" }).click();
  await expect(page.getByTestId("toast")).toContainText("Unhidden and approved.");
});

test("a dropped connection shows an error and leaves the buttons usable", async ({ page }) => {
  await signIn(page, "EDITOR");
  await page.goto("/queue");
  const id = await page.getByTestId("queue-row").first().getAttribute("data-comment-id");
  await page.goto(`/comments/${id}`);
  await setAutoAdvance(page, false);
  let aborted = 0;
  await page.route(`**/comments/${id}*`, (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      aborted++;
      return route.abort("connectionreset");
    }
    return route.continue();
  });
  const approve = decide(page).getByRole("button", { name: /^Approve/ });
  await approve.click();
  await expect(page.getByTestId("toast")).toContainText("Could not reach the server", {
    timeout: 15_000,
  });
  await expect(approve).toBeEnabled();
  expect(aborted).toBeGreaterThan(1); // retried before giving up
  await page.unroute(`**/comments/${id}*`);
  await approve.click();
  await expect(statusOf(page)).toHaveText("Approved");
  await page.getByTestId("toast").getByRole("button", { name: /Undo/ }).click();
  await expect(statusOf(page)).toHaveText("Needs review");
});
