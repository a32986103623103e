// The 404 and 403 pages have exactly one top-level <main>, inside the app shell (signed in) and
// outside it (signed out, or an address no route knows): axe's landmark rules in a real browser.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";

const MISSING = 2_000_000_000; // a valid id that no row has

async function expectOneMain(page: Page, path: string, status: number, heading: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  await expect(page.getByRole("heading", { name: heading }), path).toBeVisible();
  await expect(page.getByRole("main"), path).toHaveCount(1);
  const result = await new AxeBuilder({ page })
    .withRules(["landmark-no-duplicate-main", "landmark-main-is-top-level", "landmark-one-main"])
    .analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    path,
  ).toEqual([]);
}

test("signed in, a missing comment, article or address and a denied section each have one main", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "MODERATOR");
  await expectOneMain(page, `/comments/${MISSING}`, 404, "Not found");
  await expect(page.getByTestId("whoami")).toBeVisible(); // inside the shell
  await expectOneMain(page, `/articles/${MISSING}`, 404, "Not found");
  await expectOneMain(page, "/no-such-page", 404, "Not found");
  await expectOneMain(page, "/admin", 403, "Access denied");
  await expect(page.getByTestId("whoami")).toBeVisible();
  await expectOneMain(page, "/admin/settings/fact-checks", 403, "Access denied");
});

test("signed out, a missing address or public page has one main, and a section asks to sign in", async ({
  page,
}) => {
  await expectOneMain(page, "/no-such-page", 404, "Not found");
  await expectOneMain(page, `/p/${MISSING}`, 404, "Not found");
  // Signed out there is no 403: a section sends you to sign in, on a page with one main too.
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?next=/);
  await expect(page.getByRole("main")).toHaveCount(1);
});
