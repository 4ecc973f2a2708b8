import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { redactUrl, resolveEngine } from "./resolve-engine.js";

describe("resolveEngine", () => {
  it("uses DATABASE_URL when no option names an engine", () => {
    expect(resolveEngine({}, { DATABASE_URL: "postgres://u@h/db" })).toEqual({
      engine: "postgres",
      databaseUrl: "postgres://u@h/db",
    });
  });

  it("defaults to PGlite at ./data/pglite without DATABASE_URL", () => {
    expect(resolveEngine({}, {})).toEqual({ engine: "pglite", dataDir: resolve("./data/pglite") });
  });

  it("lets explicit PGlite options win over DATABASE_URL, so tests never hit a configured server", () => {
    expect(resolveEngine({ inMemory: true }, { DATABASE_URL: "postgres://u@h/db" })).toEqual({
      engine: "pglite",
      inMemory: true,
    });
    expect(resolveEngine({ dataDir: "/tmp/x" }, { DATABASE_URL: "postgres://u@h/db" })).toEqual({
      engine: "pglite",
      dataDir: "/tmp/x",
    });
  });

  it("prefers an explicit databaseUrl over the environment", () => {
    expect(resolveEngine({ databaseUrl: "postgres://a@b/c" }, { DATABASE_URL: "postgres://u@h/db" })).toMatchObject({
      databaseUrl: "postgres://a@b/c",
    });
  });

  it("treats a blank DATABASE_URL as absent", () => {
    expect(resolveEngine({}, { DATABASE_URL: "  " })).toMatchObject({ engine: "pglite" });
  });
});

describe("redactUrl", () => {
  it("hides the password", () => {
    expect(redactUrl("postgres://user:secret@host:5432/db")).toBe("postgres://user:***@host:5432/db");
    expect(redactUrl("not a url")).not.toContain("not a url");
  });
});
