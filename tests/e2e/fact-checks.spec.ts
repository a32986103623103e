// Fact-check matching in the browser: the review page shows the suggested fact-check up front and
// the lower candidates folded, a moderator confirms one; an admin imports libraries as they come
// (no verdicts, thousands of bad rows) and reads what was loaded, what was unchanged, what was
// rejected where, and that stored comments are being rescored against the new claims.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

const FIXTURES = path.resolve("tests/fixtures/factchecks");

test("the review page shows the suggested fact-check first and lower candidates folded; a moderator confirms it", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, "MODERATOR");
  await page.goto(`/queue?view=all&q=${encodeURIComponent('"ISIS is amerika"')}`);
  const row = page.getByTestId("queue-row").filter({ hasText: "ISIS is amerika" }).first();
  await expect(row).toBeVisible();
  const id = Number(await row.getAttribute("data-comment-id"));
  await row.getByRole("link", { name: /ISIS is amerika/ }).click();
  await expect(page.getByRole("heading", { name: `Comment #${id}` })).toBeVisible();
  const panel = page.getByRole("region", { name: "Fact-check matches" });
  const suggested = panel.getByTestId("claim-match").first();
  await expect(suggested).toBeVisible();
  await expect(suggested).toContainText("#1");
  await expect(suggested).toContainText(/ISIS/);
  const lower = panel.getByTestId("claim-candidate");
  if ((await lower.count()) > 0) {
    await expect(lower.first()).toBeHidden();
    await panel.getByText(/lower candidates?/).click();
    await expect(lower.first()).toBeVisible();
    await expect(lower.first()).toContainText("Lower candidate");
  }
  await suggested.getByRole("button", { name: "Confirm match" }).click();
  await expect(panel.getByRole("status")).toHaveText("Match confirmed.");
  await expect(panel.getByTestId("claim-match").first()).toContainText("Confirmed");
});

test("an admin imports a library without verdicts and one with thousands of bad rows", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, "ADMIN");
  await page.goto("/admin/settings/fact-checks");
  const form = page.getByRole("region", { name: "Import a library file" });
  await form.getByLabel("File").setInputFiles(path.join(FIXTURES, "no-verdicts.jsonl"));
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("status")).toContainText("3 added");
  await expect(form.getByRole("status")).toContainText(
    '3 have no verdict and were loaded as "unrated"',
  );
  // New claims reach the comments already stored: a rescore is queued, and the report says so.
  await expect(form.getByRole("status")).toContainText(
    /Rescoring [\d,]+ comments in the background/,
  );
  await expect(
    form.getByRole("status").getByRole("link", { name: "Follow it on the Jobs page" }),
  ).toHaveAttribute("href", "/admin/jobs");

  // The same file again changes nothing and says so: no "updated", no rescore.
  await form.getByLabel("File").setInputFiles(path.join(FIXTURES, "no-verdicts.jsonl"));
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("status")).toContainText("0 added, 0 updated, 3 unchanged");
  await expect(form.getByRole("status")).not.toContainText("Rescoring");

  await form.getByLabel("File").setInputFiles(path.join(FIXTURES, "many-bad-rows.jsonl"));
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("status")).toContainText("2 added");
  await expect(form.getByRole("status")).toContainText("2500 rejected");
  await expect(form.getByRole("status").getByRole("listitem")).toHaveCount(20);
  await expect(form.getByRole("status")).toContainText("line 2");
  await expect(form.getByRole("status")).toContainText("2480 more rejected records not listed");

  // The rescore runs in the background; the Jobs page counts the one attempt it took (not 0).
  await form.getByRole("status").getByRole("link", { name: "Follow it on the Jobs page" }).click();
  await expect(page).toHaveURL(/\/admin\/jobs$/);
  const rescore = page.locator("tr[data-job-id]").filter({ hasText: "Rescore" }).first();
  await expect
    .poll(
      async () => {
        await page.reload();
        return (await rescore.locator("td").nth(1).innerText()).trim();
      },
      { timeout: 120_000, intervals: [1_000] },
    )
    .toBe("done");
  await expect(rescore.locator("td").nth(3)).toHaveText("1");
});

test("an admin gives a fact-check its publication date and the library lists it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "ADMIN");
  await page.goto("/admin/settings/fact-checks");
  const form = page.getByRole("region", { name: "Add a fact-check" });
  const claim = "The harbour ferry was painted gold overnight (dated e2e claim)";
  await form.getByLabel("Claim").fill(claim);
  await form.getByLabel("Verdict").fill("false");
  await form.getByLabel(/Published on/).fill("2019-06-05");
  await form.getByRole("button", { name: "Add fact-check" }).click();
  await expect(page.getByText("Fact-check added.")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: claim });
  await expect(row.locator("time")).toHaveAttribute("datetime", "2019-06-05");
  // Editing keeps the date in the form.
  await row.getByRole("button", { name: "Edit" }).click();
  await expect(
    page.getByRole("region", { name: "Edit fact-check" }).getByLabel(/Published on/),
  ).toHaveValue("2019-06-05");
});
