/**
 * The project's import graph, read with TypeScript's own parser and module resolution (so the `@/`
 * alias, `import type`, `export … from` and `import()` all count), for the architecture test.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.(ts|tsx|mts)$/;

function listSources(root: string, dir: string, skip: Set<string>): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (skip.has(relative)) return [];
    if (entry.isDirectory()) return listSources(root, relative, skip);
    return SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts") ? [relative] : [];
  });
}

/** Every source file under `dirs` and the project files it imports, as paths relative to `root`. */
export function readImportGraph({
  root,
  dirs,
  skip = [],
}: {
  root: string;
  dirs: string[];
  skip?: string[];
}): ImportGraph {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!config) throw new Error("tsconfig.json could not be read");
  const skipSet = new Set(skip);
  const graph: ImportGraph = new Map();
  for (const file of dirs.flatMap((dir) => listSources(root, dir, skipSet))) {
    const absolute = path.join(root, file);
    const { importedFiles } = ts.preProcessFile(readFileSync(absolute, "utf8"), true, true);
    const targets = new Set<string>();
    for (const { fileName } of importedFiles) {
      const resolved = ts.resolveModuleName(fileName, absolute, config.options, ts.sys)
        .resolvedModule?.resolvedFileName;
      if (!resolved || resolved.includes(`${path.sep}node_modules${path.sep}`)) continue;
      const target = path.relative(root, resolved).split(path.sep).join("/");
      if (!target.startsWith("..")) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

export type ImportRule = { from: string; mayNotImport: string[]; why: string };

/** The imports that break a rule, as "from → to (why)". */
export function findForbiddenImports(graph: ImportGraph, rules: ImportRule[]): string[] {
  const under = (file: string, dir: string) => file === dir || file.startsWith(`${dir}/`);
  const found: string[] = [];
  for (const [file, targets] of graph) {
    for (const rule of rules.filter((r) => under(file, r.from))) {
      for (const target of targets) {
        if (rule.mayNotImport.some((dir) => under(target, dir))) {
          found.push(`${file} → ${target} (${rule.why})`);
        }
      }
    }
  }
  return found;
}

/** The import circles among `files` (Tarjan's strongly connected components), each as a list. */
export function findImportCycles(
  graph: ImportGraph,
  files?: (file: string) => boolean,
): string[][] {
  const nodes = [...graph.keys()].filter((file) => !files || files(file));
  const inScope = new Set(nodes);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!inScope.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) cycles.push(component.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return cycles;
}
