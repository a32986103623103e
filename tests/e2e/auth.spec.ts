import { expect, test } from "@playwright/test";
import { ROLES, emailFor, signIn, type TRole } from "./support/auth";

// Which sections each role may open; every other one must be denied.
const SECTIONS: Record<string, TRole[]> = {
  "/queue": ["ADMIN", "EDITOR", "MODERATOR"],
  "/articles": ["ADMIN", "EDITOR", "MODERATOR"],
  "/import": ["ADMIN", "EDITOR"],
  "/reports": ["ADMIN"],
  "/admin": ["ADMIN"],
};

test("a signed-out visitor is sent to sign in from every section", async ({ page }) => {
  for (const path of Object.keys(SECTIONS)) {
    await page.goto(path);
    await expect(page).toHaveURL(
      (url) => url.pathname === "/login" && url.searchParams.get("next") === path,
    );
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  }
});

test("a wrong password gives a clear message and no session", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(emailFor("ADMIN"));
  await page.getByLabel("Password").fill("definitely-wrong");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toContainText("Wrong email or password");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
});

test("an invalid email is reported beside the field", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("x");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
});

for (const role of ROLES) {
  test(`${role.toLowerCase()} signs in, sees their sections, is denied the others, and signs out`, async ({
    page,
  }) => {
    await signIn(page, role);
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const [path, roles] of Object.entries(SECTIONS)) {
      const link = nav.locator(`a[href="${path}"]`);
      if (roles.includes(role)) await expect(link).toBeVisible();
      else await expect(link).toHaveCount(0);
      await page.goto(path);
      if (roles.includes(role))
        await expect(page.getByRole("alert").filter({ hasText: "Access denied" })).toHaveCount(0);
      else await expect(page.getByRole("alert").filter({ hasText: "Access denied" })).toBeVisible();
    }
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/queue");
    await expect(page).toHaveURL(/\/login/);
  });
}

test("the session cookie is httpOnly", async ({ page, context }) => {
  await signIn(page, "MODERATOR");
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.includes("session_token"));
  expect(session?.httpOnly).toBe(true);
  expect(await page.evaluate(() => document.cookie)).not.toContain("session_token");
});
