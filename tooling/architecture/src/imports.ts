// Reads the import specifiers of TypeScript files with the compiler's own pre-processor
// (static, dynamic and type-only imports, re-exports), so no regular expression guesses.
import { readdirSync, readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { join, relative, resolve, sep } from "node:path";
import ts from "typescript";
import { layers, matches, type Layer } from "./layers.js";

export interface SourceFile {
  path: string;
  shipped: boolean;
  specifiers: string[];
}

export interface Violation {
  file: string;
  specifier: string;
  reason: string;
}

export function specifiersOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** A test, or a helper only tests use (a testing/ folder), is not shipped. */
export function isShipped(path: string): boolean {
  return !/\.test\.tsx?$/.test(path) && !path.split(/[\\/]/).includes("testing");
}

export function sourceFiles(packageDir: string): SourceFile[] {
  const src = join(packageDir, "src");
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
    });
  return walk(src).map((path) => ({
    path,
    shipped: isShipped(relative(src, path)),
    specifiers: specifiersOf(readFileSync(path, "utf8")),
  }));
}

/** "fs" and "node:fs" are the same module: name built-ins one way. */
function normalise(specifier: string): string {
  return !specifier.startsWith("node:") && isBuiltin(specifier) ? `node:${specifier}` : specifier;
}

export function checkFile(layer: Layer, root: string, file: SourceFile): Violation[] {
  const packageDir = resolve(root, layer.dir);
  const at = relative(root, file.path);
  const violations: Violation[] = [];
  for (const raw of file.specifiers) {
    if (ts.isExternalModuleNameRelative(raw)) {
      const target = resolve(file.path, "..", raw);
      if (target !== packageDir && !target.startsWith(packageDir + sep)) {
        violations.push({
          file: at,
          specifier: raw,
          reason: "reaches into another package's folder; import its package name",
        });
      }
      continue;
    }
    const specifier = normalise(raw);
    if (layer.never.some((p) => matches(p, specifier))) {
      violations.push({ file: at, specifier, reason: `${layer.name} may never import it: ${layer.why}` });
    } else if (file.shipped && !layer.may.some((p) => matches(p, specifier))) {
      violations.push({ file: at, specifier, reason: `not in what ${layer.name} may import: ${layer.why}` });
    }
  }
  return violations;
}

export function checkLayer(layer: Layer, root: string): Violation[] {
  return sourceFiles(resolve(root, layer.dir)).flatMap((file) => checkFile(layer, root, file));
}

export { layers };
