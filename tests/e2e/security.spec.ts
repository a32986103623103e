// Security over HTTP against the real server: CSRF refused from another origin (another port of
// the same site), bounded request bodies, forwarded addresses not trusted by default, CSP, 403/404
// statuses, bad values answered 400, and the server listening on loopback only.
import { createServer, request as httpRequest, type Server } from "node:http";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";

const port = Number(process.env.E2E_PORT ?? 3100);
const APP = `http://127.0.0.1:${port}`;
const OTHER = `http://127.0.0.1:${port + 1000}`;

async function sessionCookie(page: Page): Promise<string> {
  const cookies = await page.context().cookies(APP);
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

test("cross-origin writes with the admin's cookie are refused (403); the same requests from the app work", async ({
  page,
  playwright,
}) => {
  await signIn(page, "ADMIN");
  const cookie = await sessionCookie(page);
  const api = await playwright.request.newContext({ baseURL: APP, extraHTTPHeaders: { cookie } });
  const claim = {
    id: "csrf-planted",
    claim: "A claim planted through a cross-site form",
    verdict: "false",
  };
  const planted = {
    file: {
      name: "x.jsonl",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(claim)),
    },
  };
  // A real upload of the victim's, so a cross-site start would import it if the origin check failed.
  const upload = {
    name: "csrf.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"url":"https://x.example/csrf","title":"Planted by CSRF","comments":[]}'),
  };
  const uploaded = await api.post("/api/import/preview", {
    headers: { origin: APP },
    multipart: { files: upload },
  });
  expect(uploaded.status()).toBe(200);
  const importBody = JSON.stringify({ uploadId: (await uploaded.json()).uploadId, edits: [] });
  for (const origin of [OTHER, "null"]) {
    const headers = { origin, "content-type": "text/plain;charset=UTF-8" };
    expect(
      (await api.post("/api/queue/lease", { headers, data: '{"id":1}' })).status(),
      `lease from ${origin}`,
    ).toBe(403);
    expect(
      (await api.post("/api/import/jobs", { headers, data: importBody })).status(),
      `import from ${origin}`,
    ).toBe(403);
    expect(
      (
        await api.post("/admin/settings/fact-checks/import", {
          headers: { origin },
          multipart: planted,
        })
      ).status(),
      `fact-check from ${origin}`,
    ).toBe(403);
  }
  expect(
    (
      await api.post("/api/queue/lease", {
        headers: { "sec-fetch-site": "same-site", "content-type": "text/plain" },
        data: '{"id":1}',
      })
    ).status(),
  ).toBe(403);
  // The same from the app's own origin goes through.
  const same = { origin: APP };
  expect(
    (
      await api.post("/api/queue/lease", { headers: same, data: { id: 1, release: true } })
    ).status(),
  ).toBe(200);
  expect(
    (
      await api.post("/admin/settings/fact-checks/import", {
        headers: same,
        multipart: {
          file: {
            ...planted.file,
            buffer: Buffer.from(JSON.stringify({ ...claim, id: "same-origin-ok" })),
          },
        },
      })
    ).status(),
  ).toBe(200);
  await api.dispose();

  // A real browser on another port of the same site: no-cors text/plain and multipart posts.
  const evil: Server = createServer((_req, res) => {
    res.setHeader("content-type", "text/html");
    res.end(`<!doctype html><script>
      const form = new FormData(); form.append("file", new Blob([${JSON.stringify(JSON.stringify(claim))}], { type: "application/json" }), "x.jsonl");
      Promise.allSettled([
        fetch("${APP}/admin/settings/fact-checks/import", { method: "POST", mode: "no-cors", credentials: "include", body: form }),
        fetch("${APP}/api/import/jobs", { method: "POST", mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain" }, body: ${JSON.stringify(importBody)} }),
      ]).then(() => { document.title = "sent"; });
    </script>`);
  });
  await new Promise<void>((resolve) => evil.listen(port + 1000, "127.0.0.1", resolve));
  try {
    await page.goto(`${OTHER}/`);
    await expect(page).toHaveTitle("sent");
  } finally {
    evil.close();
  }
  await page.goto("/admin/settings/fact-checks");
  await expect(
    page.getByText("same-origin-ok").or(page.getByText(claim.claim)).first(),
  ).toBeVisible();
  await expect(page.getByText("csrf-planted", { exact: true })).toHaveCount(0);
  await page.goto("/import");
  await expect(page.getByText("csrf.json")).toHaveCount(0);
});

test("a chunked body without Content-Length is cut off at the cap with 413, not read whole", async ({
  page,
}) => {
  await signIn(page, "ADMIN");
  const cookie = await sessionCookie(page);
  const result = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
    let sent = 0;
    const req = httpRequest(
      `${APP}/api/import/jobs`,
      {
        method: "POST",
        headers: {
          cookie,
          origin: APP,
          "content-type": "application/json",
          "transfer-encoding": "chunked",
        },
      },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, sent });
        req.destroy();
      },
    );
    req.on("error", (error) => (sent > 0 ? resolve({ status: -1, sent }) : reject(error)));
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const pump = () => {
      while (sent < 400 * 1024 * 1024) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
  expect(result.status).toBe(413);
  expect(result.sent).toBeLessThan(200 * 1024 * 1024); // stopped near the 51 MB cap, far short of 400 MB
});

test("sign-in ignores a client-written X-Forwarded-For: rotating it does not escape the limit", async ({
  page,
}) => {
  let message = "";
  for (let i = 0; i < 7; i++) {
    await page.setExtraHTTPHeaders({
      "x-forwarded-for": `198.51.100.${i + 1}`,
      "x-vigil-client-address": `203.0.113.${i + 1}`,
    });
    await page.goto("/login");
    await page.getByLabel("Email").fill("nobody-rotating@vigil.local");
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("form-error")).toBeVisible();
    message = (await page.getByTestId("form-error").textContent()) ?? "";
    if (i < 5) expect(message).toContain("Wrong email or password");
  }
  expect(message).toContain("Too many sign-in attempts");
  await page.setExtraHTTPHeaders({});
});

test("pages carry a nonce-based Content-Security-Policy and run with it", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  const response = await page.goto("/login");
  const csp = response!.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  await signIn(page, "ADMIN"); // the sign-in form is a client component: it needs its scripts
  for (const path of ["/queue", "/comments/1", "/reports", "/admin/audit", "/import"]) {
    const visited = await page.goto(path);
    expect(visited!.headers()["content-security-policy"], path).toContain("'strict-dynamic'");
    await page.waitForLoadState("networkidle");
    expect(
      await page.evaluate(() => typeof (window as unknown as { next?: unknown }).next),
      path,
    ).toBe("object"); // the Next.js runtime loaded
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      path,
    ).toEqual([]);
  }
});

test("denied pages answer 403 and missing ones 404", async ({ page }) => {
  await signIn(page, "MODERATOR");
  for (const path of ["/admin", "/admin/users", "/reports", "/import"]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(403);
    await expect(page.getByRole("alert").filter({ hasText: "Access denied" })).toBeVisible();
  }
  for (const path of ["/comments/999999", "/comments/abc", "/articles/999999", "/no-such-page"]) {
    expect((await page.goto(path))!.status(), path).toBe(404);
  }
});

test("bad values get a 400 with a message, never a 500", async ({ page }) => {
  await signIn(page, "ADMIN");
  const bad = [
    "/api/queue?from=2021-02-30",
    "/api/queue?to=2021-13-01",
    "/api/queue?q=a%00b",
    "/api/queue?cursor=not-a-cursor",
    "/api/queue/next?from=2147483648",
    "/api/queue/count?article=2147483648",
    "/api/export?what=actions&format=csv&from=2021-02-30",
    "/api/export?what=actions&format=csv&moderator=a%00b",
  ];
  for (const path of bad) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(400);
    expect((await response.json()).error, path).toBeTruthy();
  }
  for (const body of ["not json", "[1,2", '{"not":"an array"}']) {
    const action = await page.request.post("/queue", {
      headers: {
        "next-action": "00" + "ab".repeat(20),
        origin: APP,
        "content-type": "text/plain;charset=UTF-8",
      },
      data: body,
    });
    expect(action.status(), `server action body ${body}`).toBe(400);
  }
  for (const path of [
    "/queue?from=2021-02-30",
    "/reports?from=2021-02-30",
    "/admin/audit?from=2021-02-30",
    "/queue?q=%00",
    "/queue?cursor=%7B%7D",
  ]) {
    expect((await page.goto(path))!.status(), path).toBeLessThan(500);
  }
});

test("the server listens on loopback only (HOSTNAME unset)", async () => {
  // The kernel's own table of listening sockets (Linux): every socket on the app's port is bound to
  // 127.0.0.1 or ::1, none to 0.0.0.0 / :: or an external address.
  const portHex = port.toString(16).toUpperCase().padStart(4, "0");
  const listening = ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols.length > 3 && cols[3] === "0A" && cols[1].endsWith(`:${portHex}`))
      .map((cols) => cols[1].split(":")[0]),
  );
  expect(listening.length).toBeGreaterThan(0);
  const LOOPBACK = new Set(["0100007F", "00000000000000000000000001000000"]);
  expect(listening.filter((address) => !LOOPBACK.has(address))).toEqual([]);
});
