/**
 * `npm run test:e2e`: finds a browser before Playwright starts, so a machine without one gets one
 * sentence rather than a failure per test. Where there is none, as root on Debian or Ubuntu it is
 * installed with apt-get; otherwise the run stops before any test. Arguments pass to Playwright.
 */
import { spawnSync } from "node:child_process";
import { findBrowser, installBrowserWithApt, NO_BROWSER_SENTENCE } from "./lib/find-browser.ts";

let browser = findBrowser();
if (!browser && !process.env.CHROME_PATH && installBrowserWithApt((line) => console.log(line)))
  browser = findBrowser();
if (!browser) {
  console.error(NO_BROWSER_SENTENCE);
  process.exit(1);
}

const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CHROME_PATH: browser },
});
process.exit(result.status ?? 1);
