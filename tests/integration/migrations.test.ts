/**
 * schema.prisma and prisma/migrations must describe the same database. Two fresh databases are
 * built, one by applying the committed migrations and one from schema.prisma (Prisma's diff from
 * empty) plus the hand-written rules in prisma/constraints.sql, and their catalogs must match:
 * every table, column, type, default, constraint, index and enum.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ensureDatabase } from "../../scripts/lib/database.ts";
import {
  applyMigrations,
  diffSchemas,
  PRISMA_DIR,
  SCHEMA_PATH,
  SNAPSHOT_PATH,
} from "../../scripts/lib/schema-engine.ts";
import { unique } from "../factories";

const baseUrl = process.env.DATABASE_URL!;
const created: string[] = [];

function urlFor(database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function freshDatabase(prefix: string): Promise<string> {
  const name = unique(prefix).replace(/-/g, "_");
  await ensureDatabase(urlFor(name));
  created.push(name);
  return urlFor(name);
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Everything about the public schema that a migration can change, as sorted text. */
async function describeCatalog(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const queries = [
      `SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name || ' null=' || is_nullable
              || ' default=' || coalesce(column_default, '') AS line
         FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
      `SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line
         FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid <> 0
          AND conrelid::regclass::text <> '"_prisma_migrations"' AND conrelid::regclass::text <> '_prisma_migrations'`,
      `SELECT 'index ' || indexdef AS line FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
      `SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname`,
    ];
    const lines: string[] = [];
    for (const query of queries)
      lines.push(...(await client.query<{ line: string }>(query)).rows.map((r) => r.line));
    return lines.sort();
  });
}

afterAll(async () => {
  await withClient(urlFor("postgres"), async (client) => {
    for (const name of created)
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
});

describe("migrations", () => {
  it("describe exactly the database that schema.prisma and constraints.sql describe", async () => {
    const [fromMigrations, fromSchema] = await Promise.all([
      freshDatabase("drift_m"),
      freshDatabase("drift_s"),
    ]);
    await applyMigrations(fromMigrations);

    const schema = await readFile(SCHEMA_PATH, "utf8");
    const createSql = await diffSchemas({ from: null, to: schema, connectionString: fromSchema });
    const rules = await readFile(path.join(PRISMA_DIR, "constraints.sql"), "utf8");
    await withClient(fromSchema, async (client) => {
      await client.query(createSql);
      await client.query(rules);
    });

    const [migrated, declared] = await Promise.all([
      describeCatalog(fromMigrations),
      describeCatalog(fromSchema),
    ]);
    expect(migrated.length).toBeGreaterThan(100);
    expect(migrated.filter((l) => !declared.includes(l))).toEqual([]);
    expect(declared.filter((l) => !migrated.includes(l))).toEqual([]);
  });

  it("leave nothing for `npm run db:migration` to write: the snapshot is schema.prisma", async () => {
    const [schema, snapshot] = await Promise.all([
      readFile(SCHEMA_PATH, "utf8"),
      readFile(SNAPSHOT_PATH, "utf8"),
    ]);
    expect(await diffSchemas({ from: snapshot, to: schema, connectionString: baseUrl })).toBe("");
  });

  it("would notice a schema change that has no migration", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const changed = `${schema}\nmodel DriftProbe {\n  id String @id\n}\n`;
    const sql = await diffSchemas({ from: schema, to: changed, connectionString: baseUrl });
    expect(sql).toContain('CREATE TABLE "DriftProbe"');
  });

  it("can be applied twice: the second run changes nothing", async () => {
    const url = await freshDatabase("twice");
    await applyMigrations(url);
    const first = await describeCatalog(url);
    await applyMigrations(url);
    expect(await describeCatalog(url)).toEqual(first);
  });
});
