import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

test("an editor previews a seed page, imports it with a progress bar, and sees the report", async ({
  page,
}) => {
  await signIn(page, "EDITOR", "/import");
  await page.goto("/import");
  await page
    .getByLabel("Choose files to import")
    .setInputFiles(path.join(process.cwd(), "seeds", "004_90cc901d1f5fcac3.txt"));
  const preview = page.getByTestId("file-preview");
  await expect(preview.getByTestId("preview-title")).toHaveText(
    "Syrian Army Kicks Off Large-Scale Security Operation Against ISIS In Homs Desert",
  );
  await expect(preview.getByTestId("preview-counts")).toContainText(
    /1 article\(s\), \d+ comment\(s\)/,
  );
  await page.getByRole("button", { name: "Import 1 file" }).click();
  await expect(page.getByText("Import finished")).toBeVisible();
  await expect(page.locator("#import-progress")).toHaveAttribute("value", "100");
  // The seeds were imported at first start: importing the page again changes nothing.
  const report = page.getByTestId("import-report").first();
  await expect(report.getByTestId("report-articles")).toContainText(/articles\s*0\s*0\s*1\s*0/);
  await expect(page.getByRole("heading", { name: "Import history" })).toBeVisible();
});

test("a broken file is reported with where and why, and its good records still import", async ({
  page,
}) => {
  await signIn(page, "ADMIN", "/import");
  await page.goto("/import");
  const records = [
    JSON.stringify({
      articleUrl: "https://e2e.example/broken",
      articleTitle: "Broken file test",
      externalId: "ok-1",
      author: "Nia",
      body: "This one is fine.",
    }),
    "{ this is not json",
    JSON.stringify({ articleUrl: "https://e2e.example/broken", externalId: "bad-2" }),
  ].join("\n");
  await page.getByLabel("Choose files to import").setInputFiles([
    { name: "broken.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(records) },
    {
      name: "truncated.xml",
      mimeType: "text/xml",
      buffer: Buffer.from(
        '<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>Cut',
      ),
    },
  ]);
  const previews = page.getByTestId("file-preview");
  await expect(previews).toHaveCount(2);
  await expect(previews.first().getByRole("alert")).toContainText("line 2");
  await expect(previews.first().getByRole("alert")).toContainText("line 3");
  await expect(previews.nth(1).getByRole("alert")).toBeVisible();
  await page.getByRole("button", { name: "Import 2 files" }).click();
  await expect(page.getByText("Import finished")).toBeVisible();
  const report = page.getByTestId("import-report").first();
  await expect(report.getByTestId("report-comments").first()).toContainText(
    /comments\s*1\s*0\s*0\s*2/,
  );
  await expect(report).toContainText("line 2");
});
