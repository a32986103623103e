// Finds a Chromium for Playwright: CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's own.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export function resolveChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // fall through to the message below
  }
  throw new Error(
    "No Chromium found for the browser tests. Fix: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`), " +
      "or set CHROMIUM_PATH=/path/to/chromium, or run `npx playwright install chromium` where downloads are allowed.",
  );
}
