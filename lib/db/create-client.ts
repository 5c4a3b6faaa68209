/**
 * Builds a Prisma client on the node-postgres driver adapter (Prisma 7 has no built-in driver).
 * The app uses the server-only singleton in lib/db/prisma.ts; scripts, the seed and tests call
 * this directly with their own connection string.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export function createPrismaClient({
  connectionString,
  max = 10,
}: {
  connectionString: string;
  max?: number;
}): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

export type { PrismaClient };
