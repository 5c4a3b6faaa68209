/**
 * Shared e2e fixtures. Every page a test visits must pass an axe check (WCAG 2.2 AA rules): the
 * `page` fixture records each document the browser loads, `checkA11y` checks the current one, and
 * a test fails at the end if it loaded a page it never checked.
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import pg from "pg";

export const DEMO_PASSWORD = "demo-password-2026";

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
  /** Signs in through the form (checking the sign-in page with axe on the way). */
  signIn: (account: { email: string; password?: string }) => Promise<void>;
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
  signIn: async ({ page, checkA11y }, use) => {
    await use(async ({ email, password = DEMO_PASSWORD }) => {
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
