// The moderation workspace in a real browser on the seeded demo database: queue, filters and sort
// in the URL, reviewing with context, decisions and their undo, annotating, and bulk over a filter.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { newSignedInPage, openComment, statusOf, stayAfterDeciding } from "./support/review";

test("the queue keeps views, filters and sort in the URL", async ({ page }) => {
  await signIn(page, "MODERATOR");
  await page.goto("/queue?view=all&q=rats&sort=newest");
  await expect(page.getByRole("link", { name: /^All/ })).toHaveAttribute("aria-current", "page");
  const rows = page.getByTestId("queue-row");
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) expect(text.toLowerCase()).toMatch(/rat/);
  await expect(page.getByLabel(/Search text/)).toHaveValue("rats");
  await expect(page.getByLabel("Sort")).toHaveValue("newest");

  await page.getByLabel(/Search text/).fill("deir");
  await page.getByLabel("Sort").selectOption("oldest");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=deir/);
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(page).toHaveURL(/view=all/);
  await expect(rows.first()).toContainText(/deir/i);

  await page.goto("/queue?view=all&q=zzzznotaword");
  await expect(
    page.getByRole("heading", { name: "No comments match these filters" }),
  ).toBeVisible();
  await page.goto("/queue?view=bogus&sort=nope&minScore=9");
  await expect(page.getByRole("link", { name: /^Needs review/ })).toHaveAttribute(
    "aria-current",
    "page",
  );
});

test("reviewing a seed comment shows its text, scores and context", async ({ page }) => {
  await signIn(page, "MODERATOR");
  await openComment(page, "I have the same problem");
  await expect(page.getByTestId("comment-text")).toContainText("can-t open the map");
  await expect(page.getByRole("list", { name: "Scores by harm" })).toContainText("Hate");
  await expect(page.getByRole("region", { name: "Article" })).toContainText(
    "ISIS Lost Last Chance",
  );
  await expect(
    page.getByRole("region", { name: /Author: Goran/ }).getByTestId("author-counts"),
  ).toContainText("Needs review");
  await expect(page.getByRole("region", { name: /^Thread/ })).toBeVisible();
});

test("approve, flag and hide, each undone (toast and history)", async ({ page }) => {
  await signIn(page, "MODERATOR");
  await openComment(page, "seems like the race to deir ezzor");
  await stayAfterDeciding(page);
  await page.getByRole("button", { name: /^Approve/ }).click();
  await expect(page.getByTestId("toast")).toContainText("Approved.");
  await expect(statusOf(page)).toHaveText("Approved");
  await page.getByTestId("toast").getByRole("button", { name: /Undo/ }).click();
  await expect(page.getByTestId("toast")).toContainText("Undone.");
  await expect(statusOf(page)).toHaveText("Needs review");

  await page.getByRole("button", { name: /^Flag/ }).click();
  const flag = page.getByTestId("flag-dialog");
  await flag.getByLabel(/Harassment/).check();
  await flag.getByLabel("Reason (optional)").fill("insulting");
  await flag.getByRole("button", { name: "Flag" }).click();
  await expect(statusOf(page)).toHaveText("Flagged: Harassment");

  await page.getByRole("button", { name: /^Hide/ }).click();
  const hide = page.getByTestId("reason-dialog");
  await hide.getByRole("button", { name: "Hide" }).click();
  await expect(hide.getByText("Give a reason.")).toBeVisible();
  await hide.getByLabel("Reason").fill("off-topic abuse");
  await hide.getByRole("button", { name: "Hide" }).click();
  await expect(statusOf(page)).toHaveText("Hidden");

  const history = page.getByTestId("history");
  await expect(history).toContainText("hid: Flagged (Harassment) → Hidden");
  await history.getByRole("button", { name: /Undo: Demo Moderator hid/ }).click();
  await expect(statusOf(page)).toHaveText("Flagged: Harassment");
  await expect(history).toContainText("undid a change");
});

test("annotating selected text shows the annotation to other moderators", async ({
  page,
  browser,
}) => {
  await signIn(page, "MODERATOR");
  const id = await openComment(page, "Just like the with green rats");
  // Select "green rats" as a person would: the words cross the highlight of "rats", so the
  // selection starts in one text node and ends in another.
  await page.getByTestId("comment-text").evaluate((root, phrase) => {
    const nodes: Array<{ node: Text; start: number }> = [];
    let text = "";
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.parentElement as HTMLElement).closest("[data-skip]")) continue;
      nodes.push({ node: node as Text, start: text.length });
      text += node.textContent;
    }
    const at = text.indexOf(phrase);
    const locate = (offset: number) => {
      const hit = [...nodes].reverse().find((n) => n.start <= offset)!;
      return [hit.node, offset - hit.start] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + phrase.length));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, "green rats");
  const form = page.getByRole("form", { name: "Annotate text" });
  await expect(form.getByLabel(/^Text/)).toHaveValue("green rats");
  await form.getByLabel("Label").fill("dehumanising");
  await form.getByLabel("Note (optional)").fill("rats = people");
  await form.getByRole("button", { name: "Save annotation" }).click();
  await expect(page.getByText("Annotated “green rats”.")).toBeVisible();

  const other = await newSignedInPage(browser, "EDITOR");
  await other.goto(`/comments/${id}`);
  await expect(other.getByTestId("annotations")).toContainText(
    "dehumanising “green rats” — rats = people (Demo Moderator)",
  );
});

test("bulk: approve all comments matching a filter after seeing the count, then undo the batch", async ({
  page,
}) => {
  await signIn(page, "MODERATOR");
  await page.goto("/queue?q=deir");
  const rows = page.getByTestId("queue-row");
  await expect(rows.first()).toBeVisible();
  const n = await rows.count();
  await page.getByLabel("Select all comments on this page").check();
  await expect(page.getByTestId("bulk-count")).toHaveText(`${n} selected`);
  await page.getByRole("button", { name: "Select all matching this filter" }).click();
  await expect(page.getByTestId("bulk-count")).toHaveText(`All ${n} matching this filter selected`);
  await page.getByRole("button", { name: `Approve ${n}` }).click();
  const confirm = page.getByTestId("reason-dialog");
  await expect(confirm.getByRole("heading")).toHaveText(
    `Approve ${n} comment${n === 1 ? "" : "s"}?`,
  );
  await confirm.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("toast")).toContainText(`Approved: ${n} done`);
  await expect(
    page.getByRole("heading", { name: "No comments match these filters" }),
  ).toBeVisible();
  await page.getByTestId("toast").getByRole("button", { name: /Undo/ }).click();
  await expect(page.getByTestId("toast")).toContainText(`Batch undone: ${n} done`);
  await expect(rows).toHaveCount(n);
});
