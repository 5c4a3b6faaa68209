/**
 * Runs `prisma generate` without Prisma's native schema engine. The CLI insists on locating that
 * engine (and downloads it when it is missing, which fails offline) although generation never
 * calls it, so point PRISMA_SCHEMA_ENGINE_BINARY at a stub that exits 1.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_DIR } from "./lib/database.ts";

const stubDir = path.join(PROJECT_DIR, "node_modules", ".cache", "portal");
const stub = path.join(stubDir, "schema-engine-stub");
mkdirSync(stubDir, { recursive: true });
writeFileSync(
  stub,
  "#!/bin/sh\necho 'The native schema engine is not used by this project.' >&2\nexit 1\n",
);
chmodSync(stub, 0o755);

const prismaBin = path.join(PROJECT_DIR, "node_modules", "prisma", "build", "index.js");
const result = spawnSync(process.execPath, [prismaBin, "generate"], {
  cwd: PROJECT_DIR,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: stub,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
