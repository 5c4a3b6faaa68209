/**
 * The portal's edge, end to end on the production server: headers on every HTML response,
 * cross-site writes refused, malformed requests answered 400 rather than 500, return addresses
 * kept on the site, and error pages that say what happened without JavaScript, even with the
 * database gone (docs/decisions/008-hardening-at-the-edge.md).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { computeCacheBustingSearchParam } from "next/dist/shared/lib/router/utils/cache-busting-search-param.js";
import { DEMO_ACCOUNTS, expect, test } from "./fixtures";

const HTML_PAGES = ["/", "/footprints", "/networks", "/sign-in", "/no-such-page"];

function nonceOf(csp: string): string | undefined {
  return /'nonce-([^']+)'/.exec(csp)?.[1];
}

test("every HTML response carries a CSP with a fresh nonce, on its scripts too", async ({
  request,
}) => {
  const nonces = new Set<string>();
  for (const path of [...HTML_PAGES, ...HTML_PAGES]) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of [
      "'strict-dynamic'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ])
      expect(csp, `${path}: ${directive}`).toContain(directive);
    const nonce = nonceOf(csp);
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const script of scripts) expect(script, path).toContain(`nonce="${nonce}"`);
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // Served over http here: HSTS is for https only.
    expect(headers["strict-transport-security"]).toBeUndefined();
  }
  expect(nonces.size).toBe(HTML_PAGES.length * 2);
});

test("a server action posted from another site answers 403 and writes nothing", async ({
  request,
  db,
  baseURL,
}) => {
  const before = await db.query(`SELECT count(*)::int AS n FROM "AuditEvent"`);
  for (const origin of ["https://evil.example", "null", "http://localhost.evil.example"]) {
    const response = await request.post("/sign-in", {
      headers: { origin, "next-action": "0".repeat(42) },
      multipart: { email: DEMO_ACCOUNTS.member.email, password: "demo-password-2026" },
      maxRedirects: 0,
    });
    expect(response.status(), origin).toBe(403);
  }
  // Neither Origin nor a same-origin Sec-Fetch-Site: refused too.
  const bare = await request.post("/sign-in", {
    headers: { "sec-fetch-site": "cross-site" },
    form: { email: DEMO_ACCOUNTS.member.email },
    maxRedirects: 0,
  });
  expect(bare.status()).toBe(403);
  // The portal's own origin still gets through to the page (which then refuses the empty form).
  const own = await request.post("/sign-in", {
    headers: { origin: new URL(baseURL!).origin },
    form: {},
    maxRedirects: 0,
  });
  expect(own.status()).not.toBe(403);
  const after = await db.query(`SELECT count(*)::int AS n FROM "AuditEvent"`);
  expect(after.rows[0].n).toBe(before.rows[0].n);
});

test("malformed requests answer 400 or the page, never 500", async ({ request }) => {
  for (const path of [
    "/search?q=a%00b",
    "/people?q=a%00b",
    "/footprints?q=a%00b",
    "/footprints?q=%E0%A4%A",
    "/footprints?q=%ED%A0%80",
    "/footprints?q=%FF%FE",
    "/footprints?page=1&page=2",
    `/footprints?q=${"x".repeat(5000)}`,
    "/search?q=%01%02",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([200, 307, 400], path).toContain(response.status());
  }
  // A body past Next's server-action limit: 413, not the 500 Next would answer.
  const huge = await request.post("/sign-in", {
    headers: { origin: new URL(test.info().project.use.baseURL!).origin },
    multipart: { email: "x".repeat(2_000_000) },
    maxRedirects: 0,
  });
  expect(huge.status()).toBe(413);
  for (const tree of ["%%%", "[1]", "not json", encodeURIComponent('["",{"children":5}]')]) {
    // With the cache-busting parameter Next expects for these headers, so the request reaches
    // the router-state parser rather than a redirect.
    const rsc = await computeCacheBustingSearchParam(undefined, undefined, tree, undefined);
    const response = await request.get(`/footprints?_rsc=${rsc}`, {
      headers: { rsc: "1", "next-router-state-tree": tree },
      maxRedirects: 0,
    });
    expect(response.status(), tree).toBe(400);
  }
});

test("a signed-in user handed a hostile callbackUrl stays on the portal", async ({
  page,
  signIn,
  checkA11y,
}) => {
  test.slow(); // eight pages, each checked by axe
  await signIn({ email: DEMO_ACCOUNTS.member.email });
  await expect(page).toHaveURL(/\/dashboard$/);
  await checkA11y();
  for (const callbackUrl of [
    "/%09/example.org/",
    "/%0A/example.org/",
    "/\\example.org",
    "//example.org",
    "https://example.org/",
    "/%E3%80%80/example.org",
    "/ロンドン",
    "/%0D%0ASet-Cookie:x=1",
  ]) {
    const response = await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
    expect(response?.status(), callbackUrl).toBeLessThan(500);
    expect(new URL(page.url()).host, callbackUrl).toBe(
      new URL(test.info().project.use.baseURL!).host,
    );
    await checkA11y();
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a record that is not there says so in the server's HTML", async ({ page, checkA11y }) => {
    const response = await page.goto("/rounds/no-such-round");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await checkA11y();
  });

  test("with the database down, pages say there is a problem", async ({ page, checkA11y }) => {
    test.slow(); // starts a second server
    // A second server on the same build, pointed at a database that is not there.
    const port = Number(new URL(test.info().project.use.baseURL!).port) + 50;
    const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
      env: {
        ...process.env,
        PORT: String(port),
        NODE_ENV: "production",
        DATABASE_URL: "postgresql://nobody@127.0.0.1:9/none",
        NEXTAUTH_SECRET: "e2e-database-down-secret-at-least-32-chars",
        NEXTAUTH_URL: `http://localhost:${port}`,
      },
      stdio: "ignore",
    });
    try {
      await expect
        .poll(
          async () => {
            try {
              return (await fetch(`http://localhost:${port}/api/health`)).status;
            } catch {
              return 0;
            }
          },
          { timeout: 60_000 },
        )
        .toBe(503);
      for (const path of ["/", "/footprints", "/networks"]) {
        const response = await page.goto(`http://localhost:${port}${path}`);
        expect(response?.status(), path).toBe(500);
        await expect(
          page.getByRole("heading", { name: "Sorry, there is a problem with the service" }),
        ).toBeVisible();
        await checkA11y();
      }
    } finally {
      server.kill("SIGTERM");
    }
  });
});
