/**
 * Prisma's schema engine, run as WebAssembly.
 *
 * Prisma 7's CLI downloads a native schema engine on every migrate command, which is impossible
 * without internet access, so the project drives the same engine through
 * `@prisma/schema-engine-wasm` instead (docs/decisions/002-migrations-without-the-native-engine.md).
 * What works: applying migration folders (recorded in `_prisma_migrations` exactly as
 * `prisma migrate deploy` does) and diffing two datamodels without a database. What does not:
 * anything that introspects a live database, so new migrations are diffs from a snapshot of the
 * schema as it stood at the last migration.
 */
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

export const PRISMA_DIR = path.resolve(import.meta.dirname, "../../prisma");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
/** The schema as it stood when the newest migration was made; new migrations diff from it. */
export const SNAPSHOT_PATH = path.join(MIGRATIONS_DIR, "schema.snapshot.prisma");

type Engine = {
  applyMigrations(input: unknown): Promise<unknown>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

type Bindings = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: {
    new: (options: unknown, log: (message: string) => void, adapter: object) => Promise<Engine>;
  };
};

let bindings: Promise<Bindings> | undefined;

async function loadBindings(): Promise<Bindings> {
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const pkgDir = path.dirname(gluePath);
  // Node 20 cannot import a .wasm module, so instantiate it by hand and hand its exports to the JS glue.
  const bg = (await import(pathToFileURL(gluePath).href)) as Bindings & WebAssembly.ModuleImports;
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

const emptyFilter = { externalTables: [], externalEnums: [] };

/**
 * Runs `work` with an engine connected to `connectionString`. The engine connects when it is
 * created, even for a diff between two datamodels that never reads the database, so every call
 * needs a reachable server (any database on it will do for a diff).
 */
export async function withEngine<T>(
  { connectionString, schemaText }: { connectionString: string; schemaText?: string },
  work: (engine: Engine) => Promise<T>,
): Promise<T> {
  bindings ??= loadBindings();
  const bg = await bindings;
  const text = schemaText ?? (await readFile(SCHEMA_PATH, "utf8"));
  const adapter = bindMigrationAwareSqlAdapterFactory(
    new PrismaPg({ connectionString, idleTimeoutMillis: 100 }),
  );
  const logs: string[] = [];
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, text]] },
    (message: string) => logs.push(message),
    adapter,
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

export type MigrationFolder = { name: string; sql: string };

/** The committed migrations, oldest first. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFolder[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory() && /^\d{14}_[a-z0-9_]+$/.test(e.name))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      sql: await readFile(path.join(dir, name, "migration.sql"), "utf8"),
    })),
  );
}

/** Applies every migration not yet recorded in `_prisma_migrations`, as `prisma migrate deploy` would. */
export async function applyMigrations(connectionString: string): Promise<void> {
  const migrations = await readMigrations();
  let lockfile: string | null = null;
  try {
    lockfile = await readFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), "utf8");
  } catch {
    lockfile = null;
  }
  await withEngine({ connectionString }, (engine) =>
    engine.applyMigrations({
      migrationsList: {
        baseDir: MIGRATIONS_DIR,
        lockfile: { path: "migration_lock.toml", content: lockfile },
        shadowDbInitScript: "",
        migrationDirectories: migrations.map((m) => ({
          path: m.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
        })),
      },
      filters: emptyFilter,
    }),
  );
}

/** The SQL that turns the database described by `from` into the one described by `to`; "" when equal. */
export async function diffSchemas({
  from,
  to,
  connectionString,
}: {
  from: string | null;
  to: string;
  connectionString: string;
}): Promise<string> {
  const target = (content: string) => ({
    tag: "schemaDatamodel",
    files: [{ path: SCHEMA_PATH, content }],
  });
  const result = await withEngine({ connectionString, schemaText: to }, (engine) =>
    engine.diff({
      from: from === null ? { tag: "empty" } : target(from),
      to: target(to),
      script: true,
      exitCode: null,
      filters: emptyFilter,
    }),
  );
  const sql = result.stdout ?? "";
  return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? "" : sql;
}
