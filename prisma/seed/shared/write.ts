/**
 * How the seed writes without disturbing what is there: rows keyed on natural keys are upserted in
 * two round trips, synthetic rows are inserted only when their fixed id is missing, and implicit
 * many-to-many links are only ever added.
 */

function isSameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/**
 * Upserts rows on a natural key in two round trips rather than one per row: inserts the missing ones
 * in one createMany, updates only those whose seeded fields differ (none on a re-run), and returns the
 * row id for each key, which may be an id the row was given before the seed ever ran.
 */
export async function upsertByKey<T extends { id: string }>({
  rows,
  load,
  keyOf,
  fields,
  createMany,
  update,
}: {
  rows: T[];
  load: () => Promise<T[]>;
  keyOf: (row: T) => string;
  fields: ReadonlyArray<keyof T>;
  createMany: (rows: T[]) => Promise<unknown>;
  update: (id: string, data: Partial<T>) => Promise<unknown>;
}): Promise<Map<string, string>> {
  const existing = new Map((await load()).map((row) => [keyOf(row), row]));
  const missing: T[] = [];
  for (const row of rows) {
    const current = existing.get(keyOf(row));
    if (!current) {
      missing.push(row);
      continue;
    }
    const changed = fields.filter((name) => !isSameValue(row[name], current[name]));
    if (changed.length) {
      await update(
        current.id,
        Object.fromEntries(changed.map((name) => [name, row[name]])) as Partial<T>,
      );
    }
  }
  if (missing.length) await createMany(missing);
  return new Map((await load()).map((row) => [keyOf(row), row.id]));
}

/** Connects the missing members of an implicit many-to-many relation; nothing when all are there. */
export async function connectMissing({
  wanted,
  load,
  connect,
}: {
  wanted: Map<string, string[]>;
  load: (ids: string[]) => Promise<Array<{ id: string; have: string[] }>>;
  connect: (id: string, ids: string[]) => Promise<unknown>;
}): Promise<void> {
  const have = new Map((await load([...wanted.keys()])).map((row) => [row.id, new Set(row.have)]));
  for (const [id, ids] of wanted) {
    const present = have.get(id);
    if (!present) continue;
    const missing = ids.filter((other) => !present.has(other));
    if (missing.length) await connect(id, missing);
  }
}

/**
 * Inserts the rows whose ids are missing and returns the ids it inserted, so that their children
 * are written with them and never added later to a row that users have changed since.
 */
export async function insertMissing<T extends { id: string }>({
  rows,
  load,
  createMany,
}: {
  rows: T[];
  load: (ids: string[]) => Promise<Array<{ id: string }>>;
  createMany: (rows: T[]) => Promise<unknown>;
}): Promise<Set<string>> {
  const ids = rows.map((row) => row.id);
  const before = new Set((await load(ids)).map((row) => row.id));
  const missing = rows.filter((row) => !before.has(row.id));
  if (missing.length === 0) return new Set();
  await createMany(missing);
  return new Set((await load(ids)).map((row) => row.id).filter((id) => !before.has(id)));
}
