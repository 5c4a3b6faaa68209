/**
 * The demo seed on a database of its own: the real reference data arrives whole, the example
 * networks look as DESIGN.md describes them, and a second run changes nothing.
 */
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { seed } from "@/prisma/seed";
import { ensureDatabase } from "../../scripts/lib/database.ts";
import { applyMigrations } from "../../scripts/lib/schema-engine.ts";
import { unique } from "../factories";

const name = unique("seed").replace(/-/g, "_");
const url = (() => {
  const u = new URL(process.env.DATABASE_URL!);
  u.pathname = `/${name}`;
  return u.toString();
})();

/** Every table's row count, read from the database itself, so a table the seed forgets shows up. */
async function tableCounts(client: pg.Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await listTables(client)) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

async function listTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
      ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

/**
 * What each table holds, as one digest per table: every row as JSON, in a fixed order, without the
 * columns that depend on when the seed ran (creation and update times, default now()) or on a random
 * salt (the password hash). Equal digests mean the seed wrote the same data, not just as many rows.
 */
async function tableDigests(client: pg.Client): Promise<Record<string, string>> {
  const volatile = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public'
        AND (column_default ILIKE '%CURRENT_TIMESTAMP%' OR column_default ILIKE '%now()%'
             OR column_name IN ('updatedAt', 'passwordHash'))`,
  );
  const digests: Record<string, string> = {};
  for (const table of await listTables(client)) {
    const drop = volatile.rows
      .filter((row) => row.table_name === table)
      .map((row) => row.column_name);
    const minus = drop.map((column) => ` - '${column}'`).join("");
    const { rows } = await client.query<{ digest: string | null }>(
      `SELECT md5(string_agg(r::text, E'\\n' ORDER BY r::text)) AS digest
         FROM (SELECT (to_jsonb(t)${minus}) AS r FROM "${table}" t) rows`,
    );
    digests[table] = rows[0]!.digest ?? "empty";
  }
  return digests;
}

afterAll(async () => {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
});

describe("the demo seed", () => {
  it("loads the reference data and examples in under 30 s, and is idempotent", async () => {
    await ensureDatabase(url);
    await applyMigrations(url);
    const prisma = createPrismaClient({ connectionString: url, max: 4 });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const started = performance.now();
      const summary = await seed(prisma);
      expect(performance.now() - started).toBeLessThan(30_000);
      expect(summary.regions).toBe(7);
      expect(summary.footprints).toMatchObject({ ICS: 42, STP: 44 });
      expect(summary.footprints.ICP).toBeGreaterThan(0);

      const surrey = await prisma.footprint.findFirstOrThrow({
        where: { kind: "ICS", odsCode: "QXU" },
        select: {
          name: true,
          workstreams: {
            select: {
              assignments: { where: { role: "LEAD", endsOn: null }, select: { id: true } },
            },
          },
          networks: { select: { status: true } },
        },
      });
      expect(surrey.name).toBe("Surrey Heartlands");
      expect(surrey.workstreams).toHaveLength(13);
      expect(surrey.workstreams.every((w) => w.assignments.length === 1)).toBe(true);

      const lancashire = await prisma.footprint.findFirstOrThrow({
        where: { kind: "ICS", odsCode: "QE1" },
        select: {
          boardSeats: {
            select: { assignments: { where: { endsOn: null }, select: { id: true } } },
          },
        },
      });
      expect(lancashire.boardSeats).toHaveLength(5);
      expect(lancashire.boardSeats.every((s) => s.assignments.length === 1)).toBe(true);

      const westYorkshire = await prisma.network.findFirstOrThrow({
        where: { footprint: { kind: "ICS", odsCode: "QWO" } },
        select: { organisations: { select: { organisation: { select: { kind: true } } } } },
      });
      expect(westYorkshire.organisations.filter((o) => o.organisation.kind === "CCG")).toHaveLength(
        11,
      );

      const round = await prisma.fundingRound.findUniqueOrThrow({
        where: { slug: "pilot-sites-2026" },
        select: {
          state: true,
          pilotPlaces: true,
          criteria: { select: { name: true } },
          bids: { select: { state: true } },
        },
      });
      expect(round.state).toBe("OPEN");
      expect(round.pilotPlaces).toBe(7);
      expect(round.criteria.map((c) => c.name).sort()).toEqual(["Ambition", "Innovation", "Scale"]);
      expect(round.bids.some((b) => b.state === "DRAFT")).toBe(true);
      expect(round.bids.some((b) => b.state === "SUBMITTED")).toBe(true);

      const demoUsers = await prisma.user.findMany({
        where: {
          email: {
            in: [
              "member@example.org",
              "assessor@example.org",
              "admin@example.org",
              "board.surrey@example.org",
              "board.westyorkshire@example.org",
            ],
          },
        },
      });
      expect(demoUsers).toHaveLength(5);

      // The same data as the seed before it was split into modules (recorded on d3122ad): after a
      // deliberate change to the demo data, update it with `npx vitest run --project integration
      // tests/integration/seed.test.ts -u` and say why in the commit.
      const before = { counts: await tableCounts(client), digests: await tableDigests(client) };
      await expect(JSON.stringify(before, null, 2) + "\n").toMatchFileSnapshot(
        "./__snapshots__/seed-tables.json",
      );

      // A second run changes nothing.
      await seed(prisma);
      expect({ counts: await tableCounts(client), digests: await tableDigests(client) }).toEqual(
        before,
      );
    } finally {
      await client.end();
      await prisma.$disconnect();
    }
  });
});
