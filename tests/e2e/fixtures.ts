/**
 * Shared e2e fixtures. Every page a test visits must pass an axe check (WCAG 2.2 AA rules): the
 * `page` fixture records each document the browser loads, `checkA11y` checks the current one, and
 * a test fails at the end if it loaded a page it never checked.
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { totpCodeAt, totpStep } from "../../lib/auth/totp";

export const DEMO_PASSWORD = "demo-password-2026";
/** Every demo staff account's authenticator key (prisma/seed/accounts.ts, README). */
export const DEMO_TOTP_SECRET = "DEMODEMODEMODEMODEMODEMODEMODEMO";

export const DEMO_ACCOUNTS = {
  member: { email: "member@example.org", startPath: "/dashboard", heading: /^Welcome, / },
  assessor: {
    email: "assessor@example.org",
    startPath: "/assessments",
    heading: "Your assessments",
  },
  programmeAdmin: {
    email: "admin@example.org",
    startPath: "/admin",
    heading: "Programme administration",
  },
  boardAdmin: {
    email: "board.surrey@example.org",
    startPath: "/board",
    heading: "Your footprints",
  },
} as const;

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Fixtures = {
  checkA11y: (page?: Page) => Promise<void>;
  /**
   * Signs in through the form (checking the sign-in page with axe on the way), and for an
   * account with an authenticator app (every demo staff account) enters a code computed from
   * its key, checking the code page too.
   */
  signIn: (account: { email: string; password?: string; totpSecret?: string }) => Promise<void>;
  db: pg.Client;
};

const checkedByPage = new WeakMap<Page, Set<string>>();
const visitedByPage = new WeakMap<Page, Set<string>>();

function key(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

export const test = base.extend<Fixtures>({
  page: async ({ page }, use) => {
    const visited = new Set<string>();
    visitedByPage.set(page, visited);
    checkedByPage.set(page, new Set());
    // The whole suite runs under the portal's Content-Security-Policy: anything it blocks is a
    // defect (an inline script without the nonce, a style from elsewhere), so a test fails on it.
    const cspViolations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text()))
        cspViolations.push(`${page.url()}: ${message.text()}`);
    });
    page.on("framenavigated", (frame) => {
      if (
        frame === page.mainFrame() &&
        frame.url().startsWith("http") &&
        !new URL(frame.url()).pathname.startsWith("/api/")
      ) {
        visited.add(key(frame.url()));
      }
    });
    await use(page);
    const checked = checkedByPage.get(page)!;
    const unchecked = [...visited].filter((url) => !checked.has(url));
    expect(unchecked, "pages visited without an axe check").toEqual([]);
    expect(cspViolations, "Content-Security-Policy violations in the browser console").toEqual([]);
  },
  checkA11y: async ({ page, browser, javaScriptEnabled }, use) => {
    await use(async (target = page) => {
      await target.waitForLoadState("load");
      // A client-side navigation swaps the document's <title> a moment after the new content
      // appears, so an axe run can land in between. Re-run until the page settles: a real
      // violation still fails, once the retries run out. The budget is generous because one axe
      // run alone can take several seconds on a busy two-core machine; it is not the page's time.
      await expect(async () => {
        const results = javaScriptEnabled
          ? await new AxeBuilder({ page: target }).withTags(WCAG_TAGS).analyze()
          : await analyzeWithoutPageScripts({ browser, page: target });
        const violations = results.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
        }));
        expect(violations, `axe violations on ${target.url()}`).toEqual([]);
      }).toPass({ timeout: javaScriptEnabled ? 30_000 : 45_000 });
      checkedByPage.get(target)?.add(key(target.url()));
    });
  },
  signIn: async ({ page, checkA11y, db }, use) => {
    await use(async ({ email, password = DEMO_PASSWORD, totpSecret = DEMO_TOTP_SECRET }) => {
      await page.goto("/sign-in");
      await checkA11y();
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
      // Done when the portal has answered: the browser has left the sign-in page (the session
      // cookie is set), or the page says why not. Without this wait, a test's next step can race
      // the answer on a busy server.
      await expect(async () => {
        const left = new URL(page.url()).pathname !== "/sign-in";
        const refused = await page.getByRole("alert", { name: "There is a problem" }).isVisible();
        expect(left || refused, "the sign-in form was answered").toBe(true);
      }).toPass({ timeout: 30_000 });
      await page.waitForLoadState("load");
      if (new URL(page.url()).pathname === "/sign-in/code") {
        await checkA11y();
        await enterSecondFactorCode({ page, db, email, secret: totpSecret });
      }
    });
  },
  db: async ({}, use) => {
    const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
    await client.connect();
    await use(client);
    await client.end();
  },
});

export { expect };

/**
 * On the code page of a sign-in, enters the code of `secret` for a time step the portal will
 * take: not one the account has used already (a code works once), read from the database, and
 * at most one step ahead of now (the portal allows for a clock one step out). Signing in to one
 * account more than twice in 30 seconds waits for the next step. Another worker taking the same
 * step first just means trying the next.
 */
export async function enterSecondFactorCode({
  page,
  db,
  email,
  secret = DEMO_TOTP_SECRET,
}: {
  page: Page;
  db: pg.Client;
  email: string;
  secret?: string;
}): Promise<void> {
  const onCodePage = () => new URL(page.url()).pathname === "/sign-in/code";
  for (let attempt = 0; attempt < 5; attempt++) {
    // A previous attempt's answer may have been a redirect that lands only now.
    await page.waitForLoadState("load");
    if (!onCodePage()) return;
    const { rows } = await db.query<{ totpLastUsedStep: number | null }>(
      `SELECT "totpLastUsedStep" FROM "User" WHERE "email" = $1`,
      [email.toLowerCase()],
    );
    const last = rows[0]?.totpLastUsedStep ?? null;
    const step = Math.max(totpStep(new Date()), (last ?? 0) + 1);
    const waitMs = (step - 1) * 30_000 - Date.now();
    if (waitMs > 0) await page.waitForTimeout(waitMs + 250);
    if (!onCodePage()) return;
    await page.getByLabel("Code", { exact: true }).fill(totpCodeAt({ secret, step }));
    // Wait for this attempt's own answer, so that an earlier attempt's message on the page is
    // never taken for it.
    const answered = page.waitForResponse(
      (response) =>
        response.request().method() === "POST" &&
        new URL(response.url()).pathname === "/sign-in/code",
    );
    await page.getByRole("button", { name: "Continue" }).click();
    await answered;
    await expect(async () => {
      const refused = await page.getByRole("alert", { name: "There is a problem" }).isVisible();
      expect(!onCodePage() || refused, "the code form was answered").toBe(true);
    }).toPass({ timeout: 30_000 });
  }
  await page.waitForLoadState("load");
  if (!onCodePage()) return;
  throw new Error(`the portal refused every code for ${email}`);
}

/**
 * axe runs as a script in the page, which a context with JavaScript disabled refuses. So the
 * document the browser received (the server's HTML, or the response to a form post) is served
 * again, without its scripts, at the same URL in a scripted page, where its styles still load.
 */
async function analyzeWithoutPageScripts({ browser, page }: { browser: Browser; page: Page }) {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const url = page.url();
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route(url, (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: html }),
    );
    await copy.goto(url);
    return await new AxeBuilder({ page: copy }).withTags(WCAG_TAGS).analyze();
  } finally {
    await context.close();
  }
}
