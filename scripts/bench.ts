/**
 * `npm run bench`: figures, not assertions. Starts the portal as `npm start` would (own port, own
 * data folder, fresh demo data), then measures on loopback only:
 *  - time from `npm start` to a healthy server (the build is reused when current),
 *  - latency and throughput of the public pages and the health check, with bounded request loops,
 *  - the assessment's selection, ranking and assignment algorithms on a round of 45 bids.
 * Prints a table. Stops the server (and its database) at the end.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { benchAssessment } from "./lib/bench-assessment.ts";
import { PROJECT_DIR } from "./lib/database.ts";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = path.join(PROJECT_DIR, ".data", "bench");
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

rmSync(DATA_DIR, { recursive: true, force: true });
const started = performance.now();
const server = spawn(
  process.execPath,
  ["--import", "tsx", path.join(PROJECT_DIR, "scripts", "start.ts")],
  {
    cwd: PROJECT_DIR,
    env: {
      ...process.env,
      PORT: String(PORT),
      PORTAL_DATA_DIR: DATA_DIR,
      EMBEDDED_PG_PORT: "54369",
    },
    stdio: ["ignore", "ignore", "inherit"],
  },
);

async function waitForHealth(): Promise<void> {
  const deadline = Date.now() + 5 * 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the portal did not become healthy within 5 minutes");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(pathname: string) {
  // Warm up: first renders compile nothing in production, but fill connection pools.
  for (let i = 0; i < 5; i++) await (await fetch(`${BASE}${pathname}`)).text();
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++;
        const t = performance.now();
        const response = await fetch(`${BASE}${pathname}`);
        await response.text();
        if (!response.ok) throw new Error(`${pathname} answered ${response.status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    page: pathname,
    requests: latencies.length,
    "req/s": Math.round(latencies.length / seconds),
    "p50 ms": Math.round(percentile(latencies, 50)),
    "p95 ms": Math.round(percentile(latencies, 95)),
    "max ms": Math.round(latencies.at(-1)!),
  };
}

try {
  await waitForHealth();
  const ready = (performance.now() - started) / 1000;
  console.log(
    `npm start → healthy: ${ready.toFixed(1)} s (fresh database, demo data, build reused if current)`,
  );
  console.log(`${REQUESTS} requests per page, ${CONCURRENCY} at a time, on loopback:`);
  const rows = [];
  for (const pathname of ["/api/health", "/", "/footprints", "/footprints?kind=ALL", "/sign-in"]) {
    rows.push(await measure(pathname));
  }
  console.table(rows);
  console.log("Assessment algorithms, in process:");
  console.table(benchAssessment());
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  rmSync(DATA_DIR, { recursive: true, force: true });
}
process.exit(0);
