/**
 * Gives the integration suite a real, migrated PostgreSQL: the server at DATABASE_URL when set,
 * otherwise a throw-away embedded PostgreSQL in a temporary folder on a free port. Each test makes
 * its own uniquely named data, so the database is shared across files.
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureDatabase, startEmbedded, type Database } from "../../scripts/lib/database.ts";
import { migrateJobQueue } from "../../lib/jobs/queue-schema.ts";
import { applyMigrations } from "../../scripts/lib/schema-engine.ts";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

let db: Database | undefined;
let dir: string | undefined;

export async function setup() {
  if (process.env.DATABASE_URL) {
    await ensureDatabase(process.env.DATABASE_URL);
    db = { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
    console.log("[integration] using DATABASE_URL");
  } else {
    dir = await mkdtemp(path.join(tmpdir(), "portal-test-pg-"));
    // mkdtemp makes the folder private; as root, PostgreSQL runs as the "postgres" user and must enter it.
    await chmod(dir, 0o755);
    db = await startEmbedded({
      dir: path.join(dir, "data"),
      port: await freePort(),
      database: "portal_test",
    });
    console.log("[integration] using embedded PostgreSQL");
  }
  await applyMigrations(db.url);
  await migrateJobQueue(db.url);
  process.env.DATABASE_URL = db.url;
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-at-least-32-characters";
  process.env.NEXTAUTH_URL ??= "http://localhost:3000";
}

export async function teardown() {
  await db?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}
