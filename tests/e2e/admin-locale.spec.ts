// Admin pages in a browser whose locale and time zone differ from the server's: times and counts
// render the same on both sides (no hydration mismatch), in the app's one UTC format.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { warmUpSignIn } from "./support/review";

warmUpSignIn();
test.use({ locale: "de-DE", timezoneId: "America/New_York" });

test("the Jobs page shows job times in UTC and hydrates cleanly in a German browser in New York", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await signIn(page, "ADMIN");
  await page.goto("/admin/jobs");
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().locator("time")).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
  // Hydrated (the "g q" shortcut answers only then), and React threw nothing away on the way.
  await expect(async () => {
    await page.keyboard.press("g");
    await page.keyboard.press("q");
    await expect(page).toHaveURL(/\/queue/, { timeout: 1000 });
  }).toPass();
  expect(errors).toEqual([]);
});
