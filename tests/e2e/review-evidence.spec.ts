// The review page says which scoring stage its scores come from, and shows the words the stage-2
// sentence encoder reacted to (occlusion evidence): marked "stage 2" in the text and listed below.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { warmUpSignIn } from "./support/review";

warmUpSignIn();

test("stage-2 scores and the encoder's words are labelled as stage 2 on the review page", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, "MODERATOR");
  await page.goto("/queue");
  const firstId = await page.getByTestId("queue-row").first().getAttribute("data-comment-id");
  // The seeds get stage 2 in the background after the first start, in one batch: wait for it on
  // the first row, then read the queue again, now in stage-2 order (read before, its top rows were
  // stage 1's, whose evidence may be all terms with no encoder words to show).
  await page.goto(`/comments/${firstId}`);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("score-stage")).toHaveText("stage-2 scores", { timeout: 1000 });
  }).toPass({ timeout: 120_000 });
  await page.goto("/queue");
  const ids = await page
    .getByTestId("queue-row")
    .evaluateAll((rows) => rows.slice(0, 12).map((r) => r.getAttribute("data-comment-id")));
  expect(ids.length).toBeGreaterThan(0);
  let shown = 0;
  for (const id of ids) {
    await page.goto(`/comments/${id}`);
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("score-stage")).toHaveText("stage-2 scores", { timeout: 1000 });
    }).toPass({ timeout: 120_000 });
    await expect(page.getByTestId("scores-stage")).toHaveText(/^From stage 2/);
    const words = page.getByTestId("stage2-words").getByRole("listitem");
    if ((await words.count()) === 0) continue;
    const marks = page.locator("mark[data-stage2]");
    await expect(marks.first()).toBeVisible();
    await expect(marks.first()).toContainText("stage 2");
    await expect(words.first()).toContainText(/without this word the \w+ score falls from/);
    shown++;
    break;
  }
  expect(shown, "a top comment of the seeds shows stage-2 evidence words").toBe(1);
});
