// Shared steps for the moderation and review e2e specs: signed-in pages per role, opening a
// comment from the queue, the Decide panel, waiting until the queue answers keys, auto-advance.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, emailFor, signIn, type TRole } from "./auth";

export const decide = (page: Page) => page.getByRole("region", { name: "Decide" });
export const statusOf = (page: Page) => decide(page).getByTestId("status-badge").first();

export async function newSignedInPage(browser: Browser, role: TRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role);
  return page;
}

/** Finds a comment by its text in the All view and opens its review page; returns its id. */
export async function openComment(page: Page, text: string): Promise<number> {
  await page.goto(`/queue?view=all&q=${encodeURIComponent(`"${text}"`)}`);
  const row = page.getByTestId("queue-row").filter({ hasText: text }).first();
  await expect(row).toBeVisible();
  const id = Number(await row.getAttribute("data-comment-id"));
  await row.getByRole("link", { name: new RegExp(text.slice(0, 20)) }).click();
  await expect(page).toHaveURL(new RegExp(`/comments/${id}`));
  await expect(page.getByRole("heading", { name: `Comment #${id}` })).toBeVisible();
  return id;
}

/** These tests check the decided comment itself: turn auto-advance (on by default) off for this user. */
export async function stayAfterDeciding(page: Page) {
  const box = decide(page).getByTestId("auto-advance");
  if (await box.isChecked()) {
    await box.click();
    await expect(box).not.toBeChecked();
  }
}

/** Waits until the page answers keys ("j" moves focus into the rows), then focuses the first row. */
export async function queueReady(page: Page) {
  const first = page.getByTestId("queue-row").first().getByRole("link").first();
  await expect(async () => {
    // Each "j" moves one row down once the page has hydrated, so on a slow machine a check that
    // missed the first row would press focus past it for good: once a row has focus, the keys
    // work, and focus goes back to the first row.
    if (await page.locator("[data-testid=queue-row] :focus").count()) await first.focus();
    else await page.keyboard.press("j");
    await expect(first).toBeFocused({ timeout: 500 });
  }).toPass();
}

export async function setAutoAdvance(page: Page, on: boolean) {
  const box = decide(page).getByTestId("auto-advance");
  if ((await box.isChecked()) !== on) {
    await box.click();
    await expect(box).toBeChecked({ checked: on });
    // Saved on the server before the test goes on (a reload shows the stored value).
    await expect(async () => {
      await page.reload();
      await expect(decide(page).getByTestId("auto-advance")).toBeChecked({
        checked: on,
        timeout: 1000,
      });
    }).toPass();
  }
}

/**
 * A fresh server scores its seeds in the background at start (both cores busy): the first sign-in
 * can take well over the usual 10 s. Warm it up once, with room, so the first test is not the one
 * that pays for it. Call at the top of a spec file.
 */
export function warmUpSignIn(): void {
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    const page = await browser.newPage();
    await page.goto("/login", { timeout: 120_000 });
    await page.getByLabel("Email").fill(emailFor("MODERATOR"));
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("whoami")).toContainText("moderator", { timeout: 120_000 });
    await page.close();
  });
}
