/**
 * Finds the Chromium (or Chrome) the end-to-end suite drives. Browsers are never downloaded
 * (docs/decisions/004-testing.md): CHROME_PATH, else a system browser at a usual place.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

export const BROWSER_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/** The one sentence printed when there is no browser and none can be installed here. */
export const NO_BROWSER_SENTENCE =
  "The end-to-end tests need Chromium or Google Chrome: install it (on Debian or Ubuntu: sudo apt-get install chromium), or set CHROME_PATH to its executable, then run npm test again.";

/** A browser that starts and reports its version, or null. */
function works(executable: string): boolean {
  if (!existsSync(executable)) return false;
  const result = spawnSync(executable, ["--version"], { encoding: "utf8", timeout: 30_000 });
  return result.status === 0;
}

export function findBrowser({
  env = process.env,
  candidates = BROWSER_CANDIDATES,
}: { env?: Record<string, string | undefined>; candidates?: readonly string[] } = {}):
  string | null {
  if (env.CHROME_PATH) return works(env.CHROME_PATH) ? env.CHROME_PATH : null;
  return candidates.find(works) ?? null;
}

/**
 * On Debian or Ubuntu as root, installs Debian's Chromium with the machine's own package manager
 * (what .ci/run does). Returns whether it tried.
 */
export function installBrowserWithApt(log: (line: string) => void): boolean {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const isDebian =
    existsSync("/etc/debian_version") ||
    (existsSync("/etc/os-release") &&
      /\b(debian|ubuntu)\b/i.test(readFileSync("/etc/os-release", "utf8")));
  if (!isRoot || !isDebian || !existsSync("/usr/bin/apt-get")) return false;
  log("No Chromium found: installing Debian's chromium package with apt-get (a few minutes)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  if (update.status !== 0) return true;
  spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  return true;
}
