/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL or the embedded database. */
import { openDatabase } from "./lib/database.ts";
import { applyMigrations, readMigrations } from "./lib/schema-engine.ts";

const db = await openDatabase();
try {
  await applyMigrations(db.url);
  console.log(`Migrations up to date (${(await readMigrations()).length} in prisma/migrations).`);
} finally {
  await db.stop();
}
process.exit(0);
