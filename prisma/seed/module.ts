/**
 * The shape of one domain's part of the demo data. Adding a domain is a new file exporting a
 * `SeedModule` and one line in the list in `./index.ts`.
 */
import type { UserSeed } from "./accounts";
import type { PeoplePlan } from "./people";
import type { ReferenceData } from "./reference-data";
import type { Db, Ids } from "./shared/ids";

/** What the modules plan from: the reference data, the people and the user accounts. */
export type SeedPlan = {
  ref: ReferenceData;
  /** Modules may add people (`people.people.push`); the people step writes them all. */
  people: PeoplePlan;
  /** Modules may add accounts; the accounts step writes them all, before any module writes. */
  users: UserSeed[];
};

/** Writes a module's rows inside the seed's one transaction, and says what it wrote, for the log. */
export type SeedWrite = (db: Db, ids: Ids) => Promise<string>;

/**
 * One domain's demo data, in two steps. `plan` builds the rows in memory from the CSVs and the
 * seeded PRNG alone, and may add people and users to the plan; every module plans before anything
 * is written. The step it returns writes the rows, modules in list order, once the reference data,
 * the people and the users are in, with the same guarantees as the rest: fixed ids, inserted only
 * when missing, so a second run changes nothing.
 */
export type SeedModule = {
  name: string;
  plan(plan: SeedPlan): SeedWrite;
};
