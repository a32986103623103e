// The start-up smoke test: a real `npm start` (already running, see .ci/run) signed into as admin.
import { defineConfig } from "@playwright/test";
import { resolveChromium } from "./support/chromium";

export default defineConfig({
  testDir: ".",
  testMatch: /smoke\.spec\.ts$/,
  workers: 1,
  timeout: 60_000,
  use: {
    baseURL: process.env.SMOKE_URL ?? "http://127.0.0.1:3000",
    launchOptions: {
      executablePath: resolveChromium(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
      ],
    },
  },
});
