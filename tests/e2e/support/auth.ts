// Signing in as a demo account in e2e tests.
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "e2e-demo-password";
export const ROLES = ["ADMIN", "EDITOR", "MODERATOR"] as const;
export type TRole = (typeof ROLES)[number];

export function emailFor(role: TRole): string {
  return `${role.toLowerCase()}@vigil.local`;
}

export async function signIn(page: Page, role: TRole, next?: string): Promise<void> {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  await page.getByLabel("Email").fill(emailFor(role));
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("whoami")).toContainText(role.toLowerCase());
}
