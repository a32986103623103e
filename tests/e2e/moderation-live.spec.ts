// The moderation workspace in a real browser: two moderators racing on one comment, and rows
// someone else handles leaving the queue without a reload.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { newSignedInPage, openComment, statusOf, stayAfterDeciding } from "./support/review";

test("two moderators race on one comment: one wins, the other sees who changed it", async ({
  browser,
}) => {
  const a = await newSignedInPage(browser, "MODERATOR");
  const id = await openComment(a, "Haha sounds good bruh");
  const b = await newSignedInPage(browser, "EDITOR");
  await b.goto(`/comments/${id}`);
  await expect(b.getByTestId("lease-banner")).toContainText("Being reviewed by Demo Moderator");
  await b.goto(`/queue?view=all&q=${encodeURIComponent('"Haha sounds good bruh"')}`);
  await expect(b.getByTestId("lease-badge")).toHaveText("Being reviewed by Demo Moderator");
  await b.goto(`/comments/${id}`);
  await stayAfterDeciding(a);
  await stayAfterDeciding(b);

  await a.getByRole("button", { name: /^Approve/ }).click();
  await expect(statusOf(a)).toHaveText("Approved");
  await b.getByRole("button", { name: /^Flag/ }).click();
  await b.getByTestId("flag-dialog").getByLabel(/Spam/).check();
  await b.getByTestId("flag-dialog").getByRole("button", { name: "Flag" }).click();
  await expect(b.getByTestId("conflict")).toContainText(
    "Changed by someone else: now APPROVED by Demo Moderator.",
  );
  await expect(statusOf(b)).toHaveText("Approved");
});

test("live updates: a row someone else handles leaves the queue without a reload", async ({
  page,
  browser,
}) => {
  await signIn(page, "MODERATOR");
  await page.goto(`/queue?q=${encodeURIComponent('"switch browsers"')}`);
  const row = page.getByTestId("queue-row");
  await expect(row).toHaveCount(1);
  const id = await row.getAttribute("data-comment-id");
  const other = await newSignedInPage(browser, "EDITOR");
  await other.goto(`/comments/${id}`);
  await stayAfterDeciding(other);
  await other.getByRole("button", { name: /^Approve/ }).click();
  await expect(statusOf(other)).toHaveText("Approved");
  await expect(row).toHaveCount(0, { timeout: 15_000 });
  await expect(
    page.getByText("1 comment was handled by someone else and left this view."),
  ).toBeAttached();
});
