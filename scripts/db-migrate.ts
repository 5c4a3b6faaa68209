/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL or the embedded database. */
import { migrateJobQueue } from "../lib/jobs/queue-schema.ts";
import { openDatabase } from "./lib/database.ts";
import { applyMigrations, readMigrations } from "./lib/schema-engine.ts";

const db = await openDatabase();
try {
  await applyMigrations(db.url);
  // The job queue's own tables (graphile-worker), which it keeps up to date itself.
  await migrateJobQueue(db.url);
  console.log(`Migrations up to date (${(await readMigrations()).length} in prisma/migrations).`);
} finally {
  await db.stop();
}
process.exit(0);
