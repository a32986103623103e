import { expect, test } from "@playwright/test";

// Credentials come from what `npm start` printed on its first run (see .ci/run).
test("npm start serves sign-in and the printed demo admin account works", async ({ page }) => {
  const email = process.env.SMOKE_EMAIL ?? "admin@vigil.local";
  const password = process.env.SMOKE_PASSWORD;
  if (!password) throw new Error("SMOKE_PASSWORD must hold the password npm start printed");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password ?? "");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("whoami")).toContainText("admin");
  await page.getByRole("link", { name: "Articles" }).click();
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
});
