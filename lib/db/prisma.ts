import "server-only";
import { env } from "../env";
import { createPrismaClient, type PrismaClient } from "./create-client";

// One client per server process, created on first use so that importing this module (as
// `next build` does while collecting routes) needs no database. In development, module reloading
// would otherwise open a new pool on every edit, so the client is kept on globalThis.
const globalForPrisma = globalThis as unknown as { portalPrisma?: PrismaClient };

function getClient(): PrismaClient {
  globalForPrisma.portalPrisma ??= createPrismaClient({
    connectionString: env().DATABASE_URL,
    max: env().DATABASE_POOL_SIZE,
  });
  return globalForPrisma.portalPrisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
