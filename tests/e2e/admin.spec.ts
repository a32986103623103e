// Admins at work: users and roles, the audit log, settings, reports with charts, and exports whose
// downloaded files match the counts on the page. Editors and moderators are refused all of it.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { parse } from "csv-parse/sync";
import { signIn } from "./support/auth";

async function expectNoSeriousA11yIssues(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    ),
  ).toEqual([]);
}

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const countOf = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).innerText()).replace(/,/g, ""));

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  await expect(page.getByTestId("export-status")).toContainText("Downloaded");
  return readFileSync((await file.path())!, "utf8");
}

test("an admin adds a user, changes their role, and finds both in the audit log", async ({
  page,
}) => {
  await signIn(page, "ADMIN", "/admin");
  await page
    .getByRole("navigation", { name: "Admin" })
    .getByRole("link", { name: "Users" })
    .click();
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  const email = `vendor.${Date.now()}@example.org`;
  await page.getByLabel("Name").fill("Vendor Moderator");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByTestId("new-user-password")).toContainText(email);
  await expect(page.getByLabel("Generated password")).toHaveText(/^\S{20,}$/);

  const row = page.getByTestId(`user-row-${email}`);
  await expect(row).toContainText("Active");
  await row.getByLabel("Role of Vendor Moderator").selectOption("EDITOR");
  await row.getByRole("button", { name: "Change role of Vendor Moderator" }).click();
  await expect(row.getByRole("status")).toContainText("Vendor Moderator is now editor");
  // The admin's own row offers no way to demote or deactivate themselves.
  const own = page.getByTestId("user-row-admin@vigil.local");
  await expect(own.getByRole("button")).toHaveCount(0);
  await expectNoSeriousA11yIssues(page);

  await page.goto("/admin/audit?targetType=USER");
  const entry = page.getByRole("row").filter({ hasText: "user.role" }).first();
  await expect(entry).toContainText("MODERATOR");
  await expect(entry).toContainText("EDITOR");
  await expect(page.getByRole("row").filter({ hasText: "user.create" }).first()).toContainText(
    email,
  );
  await expectNoSeriousA11yIssues(page);
});

test("an admin filters a report, sees the charts, and exports CSV and NDJSON that match the counts", async ({
  page,
}) => {
  await signIn(page, "ADMIN", "/admin/settings");
  // A settings change, so the audit log surely holds an action in the period.
  await page.getByRole("button", { name: "Save thresholds" }).click();
  await expect(page.getByRole("status")).toContainText("Thresholds saved");
  await expectNoSeriousA11yIssues(page);

  await page.goto("/reports");
  await expect(page.getByTestId("report-period")).toContainText(`${daysAgo(29)} to ${today()}`);
  const filters = page.getByRole("form", { name: "Report filters" });
  await filters.getByLabel("From").fill(daysAgo(6));
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${daysAgo(6)}`));
  await expect(page.getByTestId("report-period")).toContainText(`${daysAgo(6)} to ${today()}`);

  for (const chart of [
    "Moderation actions per day, by type",
    "Flagged and hidden, by category",
    "Flagged by the engine, by harm",
    "Backlog at the end of each day",
    "Hate: precision and recall by threshold",
  ]) {
    await expect(
      page.getByRole("img", { name: new RegExp(`^${chart.replace(/[()]/g, "\\$&")}`) }),
    ).toBeVisible();
  }
  await expect(page.getByTestId("summary-comments-imported")).not.toHaveText("0"); // the sample pages were imported today
  await page.getByText("Data table: Backlog at the end of each day").click();
  await expect(page.getByRole("rowheader", { name: today() }).first()).toBeVisible();
  await expectNoSeriousA11yIssues(page);

  const comments = await countOf(page, "export-count-comments");
  const actions = await countOf(page, "export-count-actions");
  expect(comments).toBeGreaterThan(0);
  expect(actions).toBeGreaterThan(0);

  const csv = parse(await download(page, "Export comments (CSV)"), { columns: true }) as Array<
    Record<string, string>
  >;
  expect(csv).toHaveLength(comments);
  expect(Object.keys(csv[0])).toEqual(
    expect.arrayContaining(["id", "articleTitle", "status", "hateScore", "flaggedHarms", "body"]),
  );
  await expect(page.getByTestId("export-status")).toContainText(
    `Downloaded ${comments.toLocaleString("en")} comments`,
  );

  const ndjson = (await download(page, "Export moderation actions (NDJSON)"))
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  // Every export is itself audited before it streams: the comments export above and this one.
  expect(ndjson).toHaveLength(actions + 2);
  expect(
    ndjson.filter((a) => a.targetType === "EXPORT").map((a) => `${a.targetId}:${a.after.format}`),
  ).toEqual(expect.arrayContaining(["comments:csv", "actions:ndjson"]));
  expect(ndjson.some((a) => a.targetType === "SETTING" && a.targetId === "triage.thresholds")).toBe(
    true,
  );

  // A narrower filter is reflected in the URL, the heading and the export counts.
  await filters.getByLabel("Harm").selectOption("hate");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/harm=hate/);
  await expect(page.getByTestId("report-period")).toContainText("harm hate");
  expect(await countOf(page, "export-count-comments")).toBeLessThanOrEqual(comments);
});

test("an admin backtests a rule before switching it on", async ({ page }) => {
  await signIn(page, "ADMIN", "/admin/settings/rules");
  const name = `Hold hate ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Score from").fill("0.1");
  await page.getByRole("button", { name: "Add rule" }).click();
  await expect(page.getByRole("status")).toContainText(`Saved “${name}”`);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("off");
  await row.getByRole("button", { name: `Backtest and switch on ${name}` }).click();
  await expect(row.getByTestId("backtest-result")).toContainText("stored comments");
  await row.getByRole("button", { name: "Confirm: switch on" }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("on");
  await expectNoSeriousA11yIssues(page);
  // Switched off again: a live hold rule would hold other specs' comments (held = not public).
  await row.getByRole("button", { name: `Switch off ${name}` }).click();
  await expect(page.getByRole("status")).toContainText(`“${name}” is off.`);
});

for (const role of ["EDITOR", "MODERATOR"] as const) {
  test(`${role.toLowerCase()} is denied reports, exports, the audit log, users and settings`, async ({
    page,
  }) => {
    await signIn(page, role);
    for (const path of [
      "/reports",
      "/admin",
      "/admin/users",
      "/admin/audit",
      "/admin/settings",
      "/admin/settings/rules",
      "/admin/settings/api-keys",
    ]) {
      await page.goto(path);
      await expect(
        page.getByRole("alert").filter({ hasText: "Access denied" }),
        path,
      ).toBeVisible();
    }
    for (const query of [
      "what=actions&format=csv",
      "what=comments&format=ndjson",
      "what=actions&format=csv&count=1",
    ]) {
      const response = await page.request.get(`/api/export?${query}`);
      expect(response.status(), query).toBe(403);
    }
    const upload = await page.request.post("/admin/settings/fact-checks/import", {
      multipart: {
        file: {
          name: "x.jsonl",
          mimeType: "application/json",
          buffer: Buffer.from('{"id":"1","claim":"abc def","verdict":"false"}'),
        },
      },
    });
    expect(upload.status()).toBe(403);
  });
}

test("signed out, the export API refuses with 401", async ({ request }) => {
  expect((await request.get("/api/export?what=actions&format=csv")).status()).toBe(401);
});
