/**
 * The job queue's own tables (graphile-worker, in the `graphile_worker` schema), created or brought
 * up to date before the portal serves: a web request may enqueue a job before any worker has
 * started. Used by `npm start`, `npm run db:migrate` and the integration suite's set-up, so no
 * `server-only` here. Why graphile-worker: docs/decisions/011-a-job-queue-in-postgresql.md.
 */
import { runMigrations } from "graphile-worker";
import { workerLogger } from "./worker-logger";

export async function migrateJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: workerLogger({ quiet: true }) });
}
