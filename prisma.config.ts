// Prisma CLI configuration. Only `prisma generate` is run through the CLI: migrations go through
// scripts/lib/schema-engine.ts (docs/decisions/002-migrations-without-the-native-engine.md).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
