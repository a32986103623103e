// A real Chromium for integration tests that start their own servers (outages, several instances):
// the same browser and flags as the Playwright e2e run, and signing in through the real form.
import { chromium, type Browser, type Page } from "@playwright/test";
import { resolveChromium } from "../e2e/support/chromium";

export const BROWSER_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: resolveChromium(), args: BROWSER_ARGS });
}

/** Fills and sends the sign-in form at `base`; returns the form's error text, or null once signed in. */
export async function submitSignIn(
  page: Page,
  base: string,
  email: string,
  password: string,
): Promise<string | null> {
  await page.goto(`${base}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const error = page.getByTestId("form-error");
  await error.or(page.getByTestId("whoami")).first().waitFor({ timeout: 30_000 });
  return (await error.count()) ? await error.innerText() : null;
}
