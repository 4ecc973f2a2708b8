import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkFile, checkLayer, layers, sourceFiles, specifiersOf } from "./imports.js";
import { storeDbUses, storeDbUsesIn } from "./store-access.js";

const root = resolve(import.meta.dirname, "../../..");
const layer = (name: string) => layers.find((l) => l.name === name)!;
const file = (path: string, source: string, shipped = true) => ({
  path: resolve(root, path),
  shipped,
  specifiers: specifiersOf(source),
});

describe("the checker itself", () => {
  it.each([
    ["packages/domain/src/x.ts", 'import { TurnContext } from "botbuilder";', "botbuilder"],
    ["packages/domain/src/x.ts", 'import type { Store } from "@convenantbot/store";', "@convenantbot/store"],
    ["packages/domain/src/x.ts", 'import { readFileSync } from "fs";', "node:fs"],
    ["packages/domain/src/x.ts", 'const http = await import("node:http");', "node:http"],
    ["packages/domain/src/x.ts", 'export { a } from "../../store/src/a.js";', "../../store/src/a.js"],
    ["packages/cards/src/x.ts", 'import { openStore } from "@convenantbot/store";', "@convenantbot/store"],
    ["apps/tab/src/x.ts", 'import { readFile } from "node:fs/promises";', "node:fs/promises"],
  ])("%s: %s is refused", (path, source, specifier) => {
    const pkg = layers.find((l) => path.startsWith(l.dir))!;
    expect(checkFile(pkg, root, file(path, source)).map((v) => v.specifier)).toEqual([specifier]);
  });

  it.each([
    ["packages/domain/src/x.ts", 'import { z } from "zod";\nimport { a } from "./a.js";'],
    ["packages/cards/src/x.ts", 'import { check } from "@convenantbot/domain";'],
    ["apps/bot/src/x.ts", 'import { openStore } from "@convenantbot/store";\nimport restify from "restify";'],
  ])("%s: allowed imports pass", (path, source) => {
    const pkg = layers.find((l) => path.startsWith(l.dir))!;
    expect(checkFile(pkg, root, file(path, source))).toEqual([]);
  });

  it("a domain test may read a file, never open the store", () => {
    const domain = layer("@convenantbot/domain");
    expect(checkFile(domain, root, file("packages/domain/src/x.test.ts", 'import "node:fs";', false))).toEqual([]);
    const opened = checkFile(
      domain,
      root,
      file("packages/domain/src/x.test.ts", 'import "@convenantbot/store";', false),
    );
    expect(opened.map((v) => v.specifier)).toEqual(["@convenantbot/store"]);
  });
});

describe("every package imports only what docs/architecture.md allows", () => {
  it.each(layers.map((l) => [l.name, l] as const))("%s", (_name, pkg) => {
    expect(checkLayer(pkg, root)).toEqual([]);
  });
});

describe("versions are pinned once, in the catalog of pnpm-workspace.yaml", () => {
  const workspaceYaml = parse(readFileSync(resolve(root, "pnpm-workspace.yaml"), "utf8")) as {
    catalog: Record<string, string>;
  };
  const manifests = [
    ".",
    ...layers.map((l) => l.dir),
    "bench",
    ...["eslint-config", "prettier-config", "architecture"].map((t) => `tooling/${t}`),
  ];

  it.each(manifests)("%s/package.json says catalog: or workspace:*", (dir) => {
    const pkg = JSON.parse(readFileSync(resolve(root, dir, "package.json"), "utf8")) as Record<
      string,
      Record<string, string> | undefined
    >;
    const loose = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
      ([name, version]) =>
        !(version === "workspace:*" && name.startsWith("@convenantbot/")) &&
        !(version === "catalog:" && name in workspaceYaml.catalog),
    );
    expect(loose).toEqual([]);
  });

  it.each(layers.map((l) => [l.name, l] as const))("%s declares every workspace package it imports", (_n, pkg) => {
    const manifest = JSON.parse(readFileSync(resolve(root, pkg.dir, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const declared = new Set([pkg.name, ...Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })]);
    const imported = sourceFiles(resolve(root, pkg.dir)).flatMap((f) =>
      f.specifiers.filter((s) => s.startsWith("@convenantbot/")).map((s) => s.split("/").slice(0, 2).join("/")),
    );
    expect([...new Set(imported)].filter((name) => !declared.has(name))).toEqual([]);
  });
});

describe("the bot reaches the store through repository methods only", () => {
  it.each([
    ["const rows = await store.db.selectFrom('signals').execute();", "store.db"],
    ["await this.store.db.selectFrom('signals').execute();", "this.store.db"],
    ["await ctx.store.db.deleteFrom('outbox').execute();", "ctx.store.db"],
    ["const { db } = deps.store;", "{ db } = deps.store"],
  ])("%s is refused", (source, text) => {
    expect(storeDbUses(source).map((u) => u.text)).toEqual([text]);
  });

  it.each([
    "await store.signals.openIds(1000);",
    "const db = openDatabase(); db.selectFrom('x');",
    "// store.db is for tests\nconst s = 'store.db';",
  ])("%s passes", (source) => {
    expect(storeDbUses(source)).toEqual([]);
  });

  // Parses every file of the bot: seconds on two busy cores, so a longer limit than the default.
  it("shipped code in apps/bot has no store.db (its tests and testing/ helpers may)", { timeout: 60_000 }, () => {
    expect(storeDbUsesIn(root, resolve(root, "apps/bot"))).toEqual([]);
  });
});
