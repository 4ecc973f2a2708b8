// The bot reaches the store through repository methods only (issue 13 item 3): a query
// written against `store.db` in the bot is a table the store no longer owns alone. Read with
// the compiler's parser, so comments and strings that mention store.db do not count.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import ts from "typescript";
import { sourceFiles } from "./imports.js";

export interface StoreDbUse {
  file: string;
  line: number;
  text: string;
}

/** `store`, `this.store`, `ctx.store`, `deps.store`...: what the bot calls its Store. */
function isStore(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === "store";
  return ts.isPropertyAccessExpression(node) && node.name.text === "store";
}

/** Where `source` reads `.db` off a store: `store.db`, `this.store.db`, `const { db } = store`. */
export function storeDbUses(source: string, file = "x.ts"): StoreDbUse[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const uses: StoreDbUse[] = [];
  const add = (node: ts.Node) =>
    uses.push({
      file,
      line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      text: node.getText(sf),
    });
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && node.name.text === "db" && isStore(node.expression)) add(node);
    if (
      ts.isVariableDeclaration(node) &&
      ts.isObjectBindingPattern(node.name) &&
      node.initializer &&
      isStore(node.initializer) &&
      node.name.elements.some((e) => (e.propertyName ?? e.name).getText(sf) === "db")
    )
      add(node);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return uses;
}

/** Every use in a package's shipped code (tests and testing/ helpers may use `store.db`). */
export function storeDbUsesIn(root: string, packageDir: string): StoreDbUse[] {
  return sourceFiles(packageDir)
    .filter((f) => f.shipped)
    .flatMap((f) => storeDbUses(readFileSync(f.path, "utf8"), relative(root, f.path)));
}
