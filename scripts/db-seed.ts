/**
 * `npm run db:seed`: loads the demo data (prisma/seed/index.ts) into DATABASE_URL or the embedded database.
 * Safe to run again: a second run leaves the same rows. Run `npm run db:migrate` first.
 */
import { createPrismaClient } from "../lib/db/create-client.ts";
import { formatSeedSummary, seed } from "../prisma/seed/index.ts";
import { openDatabase } from "./lib/database.ts";

const db = await openDatabase();
const prisma = createPrismaClient({ connectionString: db.url });
try {
  const started = performance.now();
  const summary = await seed(prisma, { log: (line) => console.log(line) });
  const seconds = (performance.now() - started) / 1000;
  console.log("Database now holds:");
  for (const line of formatSeedSummary(summary)) console.log(`  ${line}`);
  console.log(`Seeded in ${seconds.toFixed(1)} s.`);
} finally {
  await prisma.$disconnect();
  await db.stop();
}
process.exit(0);
