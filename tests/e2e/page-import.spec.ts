// Page import v2 in the browser: a saved HTML page previews like a text page (parsed in the server's
// parse worker), and the server keeps answering other requests while a big upload is parsed.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

test("an editor previews a saved HTML page: title, threaded comments, format html", async ({
  page,
}) => {
  await signIn(page, "EDITOR", "/import");
  await page.goto("/import");
  await page
    .getByLabel("Choose files to import")
    .setInputFiles(
      path.join(process.cwd(), "tests", "fixtures", "pages", "html", "lemire-json-parsing.html"),
    );
  const preview = page.getByTestId("file-preview");
  await expect(preview.getByTestId("preview-title")).toHaveText(
    "JSON parsing: simdjson vs. JSON for Modern C++",
  );
  await expect(preview.getByTestId("preview-counts")).toContainText("1 article(s), 5 comment(s)");
  await expect(preview).toContainText("html");
  await expect(preview).toContainText("Daniel Lemire → degski");
});

test("the server answers other requests while a large page is parsed", async ({ page }) => {
  await signIn(page, "EDITOR", "/import");
  const big =
    "Headline Of The Day\n\nThe article body says something long enough to be prose.\n\n" +
    "Jane Doe\n\nI agree with this.\n\n".repeat(24_000);
  const started = Date.now();
  const upload = page.request
    .post("/api/import/preview", {
      headers: { origin: new URL(page.url()).origin },
      multipart: { files: { name: "big.txt", mimeType: "text/plain", buffer: Buffer.from(big) } },
    })
    .then((r) => ({ r, ms: Date.now() - started }));
  // Give the upload a head start, then load a page while it is being parsed.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const loginStarted = Date.now();
  const login = await page.request.get("/login");
  const loginMs = Date.now() - loginStarted;
  const { r: response, ms: uploadMs } = await upload;
  expect(login.status()).toBe(200);
  expect(response.status()).toBe(200);
  const body = await response.json();
  // The server keeps the parse: the answer counts every comment but carries only the first few.
  expect(body.files[0].commentCount).toBe(24_000);
  expect(body.files[0].articles[0].comments).toHaveLength(5);
  // Parsed on the request thread, the page would wait for the whole parse.
  expect(loginMs).toBeLessThan(uploadMs / 2);
});
