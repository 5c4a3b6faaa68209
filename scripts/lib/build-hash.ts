/**
 * A hash of everything that goes into `next build`, so `npm start` rebuilds only when the sources
 * changed (and never serves a build older than the checkout).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { PROJECT_DIR } from "./database.ts";

const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];

function* walk(relative: string): Generator<string> {
  const full = path.join(PROJECT_DIR, relative);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    yield relative;
    return;
  }
  for (const entry of readdirSync(full).sort()) yield* walk(path.join(relative, entry));
}

export function computeBuildHash(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of walk(input)) {
      hash.update(file);
      hash.update(readFileSync(path.join(PROJECT_DIR, file)));
    }
  }
  return hash.digest("hex");
}
