/**
 * Which room imports which (STYLE.md, "The shape of the house"): the domain in `lib/` never reaches
 * up into components or routes, components never into routes, and nothing imports in a circle, the
 * seed's modules included. Type-only imports count: a type is shared by moving it down.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  findForbiddenImports,
  findImportCycles,
  readImportGraph,
  type ImportRule,
} from "../support/import-graph";

const RULES: ImportRule[] = [
  { from: "lib", mayNotImport: ["components", "app"], why: "lib/ is below components and routes" },
  { from: "components", mayNotImport: ["app"], why: "components are below routes" },
  { from: "prisma", mayNotImport: ["components", "app"], why: "the seed is below the UI" },
];

const root = path.resolve(import.meta.dirname, "../..");
const graph = readImportGraph({
  root,
  dirs: ["app", "components", "lib", "prisma", "scripts"],
  skip: ["lib/generated", "prisma/migrations", "prisma/data"],
});

describe("the import graph", () => {
  it("reads the project's imports, aliases and type-only imports included", () => {
    expect(graph.get("prisma/seed/index.ts")).toContain("prisma/seed/accounts.ts");
    // `import type { SeedModule } from "./module"`
    expect(graph.get("prisma/seed/networks.ts")).toContain("prisma/seed/module.ts");
    // `@/lib/...`
    expect(graph.get("app/layout.tsx")).toContain("components/layout/header.tsx");
  });

  it("has no import from lib/ into components/ or app/, nor from components/ into app/", () => {
    expect(findForbiddenImports(graph, RULES)).toEqual([]);
  });

  it("has no import circle anywhere, and none among the seed's modules", () => {
    expect(findImportCycles(graph, (file) => file.startsWith("prisma/seed/"))).toEqual([]);
    expect(findImportCycles(graph)).toEqual([]);
  });

  it("would notice a forbidden import and a circle", () => {
    const bad = new Map([
      ["lib/format/labels.ts", ["components/ui/tag.tsx"]],
      ["components/ui/tag.tsx", ["app/x/actions.ts", "components/ui/tag.tsx"]],
      ["prisma/seed/a.ts", ["prisma/seed/b.ts"]],
      ["prisma/seed/b.ts", ["prisma/seed/a.ts"]],
    ]);
    expect(findForbiddenImports(bad, RULES)).toHaveLength(2);
    expect(findImportCycles(bad)).toEqual([
      ["components/ui/tag.tsx"],
      ["prisma/seed/a.ts", "prisma/seed/b.ts"],
    ]);
  });
});
