import "server-only";
import type { PrismaClient } from "../db/create-client";
import { prisma } from "../db/prisma";

export type DatabaseHealth =
  { ok: true; latencyMs: number; migrations: number } | { ok: false; error: string };

/** Asks the database a cheap question, with a timeout so a hung server reads as down. */
export async function checkDatabase({
  db = prisma,
  timeoutMs = 2000,
}: { db?: PrismaClient; timeoutMs?: number } = {}): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    const rows = await Promise.race([
      db.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS count FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL`,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs)),
    ]);
    return {
      ok: true,
      latencyMs: Math.round(performance.now() - started),
      migrations: Number(rows[0]?.count ?? 0),
    };
  } catch (error) {
    const timedOut = error instanceof Error && error.message === "timeout";
    return {
      ok: false,
      error: timedOut ? "The database did not answer in time." : "The database is unreachable.",
    };
  }
}
