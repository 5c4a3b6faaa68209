import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the production build, served by `npm start` on its own port with its
 * own fresh embedded database (or DATABASE_URL when set), in Debian's Chromium: browsers cannot be
 * downloaded here (docs/decisions/004-testing.md).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DB_PORT = Number(process.env.E2E_DB_PORT ?? 54339);
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e";
const baseURL = `http://localhost:${PORT}`;

process.env.E2E_DATABASE_URL ??=
  process.env.DATABASE_URL ?? `postgresql://portal:portal@127.0.0.1:${DB_PORT}/portal`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Generous: several suites may share a two-core machine; each test still has a bound.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // The permission matrix and the hostile-input suite first, alone: they check that refused
    // requests write nothing, which only holds while no journey is writing beside them.
    {
      name: "boundaries",
      testMatch: "boundaries/**/*.spec.ts",
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
    {
      name: "chromium",
      testIgnore: "boundaries/**",
      dependencies: ["boundaries"],
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
  ],
  webServer: {
    // A fresh database every run, so the tests see exactly the demo data.
    command: `node -e "require('fs').rmSync('${E2E_DATA_DIR}',{recursive:true,force:true})" && npm start`,
    url: `${baseURL}/api/health`,
    timeout: 8 * 60_000,
    // Only when asked (a developer iterating on a suite against a server of their own).
    reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    env: {
      PORT: String(PORT),
      PORTAL_DATA_DIR: E2E_DATA_DIR,
      EMBEDDED_PG_PORT: String(DB_PORT),
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
