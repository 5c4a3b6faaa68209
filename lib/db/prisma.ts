import "server-only";
import { env } from "../env";
import { createPrismaClient, type PrismaClient } from "./create-client";

// One client per server process. In development, module reloading would otherwise open a new
// pool on every edit, so the client is kept on globalThis.
const globalForPrisma = globalThis as unknown as { portalPrisma?: PrismaClient };

export const prisma: PrismaClient =
  globalForPrisma.portalPrisma ??
  createPrismaClient({ connectionString: env().DATABASE_URL, max: env().DATABASE_POOL_SIZE });

if (process.env.NODE_ENV !== "production") globalForPrisma.portalPrisma = prisma;
