import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { checkDatabase } from "@/lib/health/check-database";
import { testDb } from "../factories";

afterAll(() => testDb().$disconnect());

describe("checkDatabase", () => {
  it("reports the database up, with the migrations applied", async () => {
    const health = await checkDatabase({ db: testDb() });
    expect(health.ok).toBe(true);
    expect(health.ok && health.migrations).toBeGreaterThanOrEqual(1);
  });

  it("reports a database that cannot be reached as down, without leaking the error", async () => {
    const nowhere = createPrismaClient({
      connectionString: "postgresql://nobody:x@127.0.0.1:1/none",
    });
    const health = await checkDatabase({ db: nowhere, timeoutMs: 3000 });
    expect(health).toEqual({ ok: false, error: "The database is unreachable." });
    await nowhere.$disconnect();
  });
});
