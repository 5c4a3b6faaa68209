/** The database handle every writer gets, and the row ids the earlier steps hand to the later ones. */
import type { Prisma } from "../../../lib/generated/prisma/client";
import { requireValue } from "./text";

export type Db = Prisma.TransactionClient;

export type Ids = {
  regions: Map<string, string>;
  footprints: Map<string, string>;
  organisations: Map<string, string>;
  skills: Map<string, string>;
  sectors: Map<string, string>;
  users: Map<string, string>;
};

export function idOf(map: Map<string, string>, key: string, what: string): string {
  return requireValue(map.get(key), `${what} ${key}`);
}
