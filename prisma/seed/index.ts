/**
 * The demo seed: the real reference data (regions, ICSs, STPs, ICPs, CCGs, ICBs and NHS trusts from
 * prisma/data, Open Government Licence), synthetic people and the demo accounts, then each domain's
 * module in `SEED_MODULES`.
 *
 * Running it again leaves the same rows: reference data is upserted on its natural keys (ODS/ONS
 * codes, names, e-mails) and every synthetic row has a deterministic id, inserted only when missing,
 * so what demo users changed since (a submitted draft, an ended assignment) is kept. The synthetic
 * data comes from a seeded PRNG, never Math.random, so every run and every machine builds the same.
 * `tests/integration/seed.test.ts` holds the seed to the row counts and contents it recorded.
 */
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { DEMO_PASSWORD, planDemoUsers, writeUsers } from "./accounts";
import { waveOneAssessment } from "./assessment";
import { eventsAndLearning } from "./events-and-learning";
import { governance } from "./governance";
import type { SeedModule, SeedPlan } from "./module";
import { networks } from "./networks";
import { buildPeople, writePeople } from "./people";
import { readReferenceData, writeReferenceData } from "./reference-data";
import { roundsAndBids } from "./rounds-and-bids";
import { countRows, type SeedSummary } from "./summary";

export { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET, type DemoAccount } from "./accounts";
export { formatSeedSummary, type SeedSummary } from "./summary";

/** Each domain's demo data, planned and written in this order: a later module may use an earlier one's rows. */
export const SEED_MODULES: SeedModule[] = [
  networks,
  roundsAndBids,
  waveOneAssessment,
  eventsAndLearning,
  governance,
];

export type SeedOptions = { log?: (line: string) => void };

/**
 * Loads the demo data into the database behind `prisma` (migrated already) and returns the row
 * counts. Safe to run again: see the top of this file.
 */
export async function seed(
  prisma: PrismaClient,
  { log = () => {} }: SeedOptions = {},
): Promise<SeedSummary> {
  const ref = readReferenceData();
  const people = buildPeople(ref);
  const plan: SeedPlan = { ref, people, users: planDemoUsers(people) };
  const writes = SEED_MODULES.map((module) => module.plan(plan));
  // Hashing is deliberately slow, so hash once and give every demo account the same hash.
  const passwordHash = await hash(DEMO_PASSWORD, { algorithm: 2 /* argon2id */ });

  await prisma.$transaction(
    async (db) => {
      const reference = await writeReferenceData(db, ref);
      log(
        `Reference data: ${ref.regions.length} regions, ${ref.footprints.length} footprints, ${ref.organisations.length} organisations`,
      );
      await writePeople(db, people.people, reference);
      log(`People: ${people.people.length}`);
      const users = await writeUsers(db, plan.users, reference.footprints, passwordHash);
      log(`Users: ${plan.users.length}`);
      for (const write of writes) log(await write(db, { ...reference, users }));
    },
    // One transaction, so a failure half way leaves nothing half-seeded; generous limits for slow disks.
    { maxWait: 20_000, timeout: 120_000 },
  );
  return countRows(prisma);
}
