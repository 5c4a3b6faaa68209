/**
 * The job worker (emails now, reminders later). `npm start` runs one beside the web server; run
 * `npm run worker` on its own where several web instances share one database (DATABASE_URL), so
 * that jobs do not depend on any one of them. Runs with `--conditions=react-server` so the
 * portal's server-only modules load outside Next.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/env.ts";
import { startWorker } from "../lib/jobs/start-worker.ts";
import { migrateJobQueue } from "../lib/jobs/queue-schema.ts";
import { PROJECT_DIR } from "./lib/database.ts";

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
if (!settings.DATABASE_URL) {
  console.error(
    "npm run worker needs DATABASE_URL: it is for deployments with their own PostgreSQL. With the embedded database, npm start runs a worker itself.",
  );
  process.exit(1);
}

await migrateJobQueue(settings.DATABASE_URL);
const runner = await startWorker({
  connectionString: settings.DATABASE_URL,
  smtpUrl: settings.SMTP_URL,
  emailFrom: settings.EMAIL_FROM,
});
console.info(
  `[worker] Running: emails ${settings.SMTP_URL ? "go to SMTP_URL" : "are written to this log (SMTP_URL is not set)"}.`,
);

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Jobs in progress finish (or are released for another worker) before the process exits.
    void runner.stop().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  });
await runner.promise;
