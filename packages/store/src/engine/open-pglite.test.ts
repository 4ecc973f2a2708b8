// PGlite's memory (issue 18): shared_buffers from the command line, the data directory untouched.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite, PGLITE_SHARED_BUFFERS } from "./open-pglite.js";

const dir = mkdtempSync(join(tmpdir(), "convenantbot-pglite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("openPglite", () => {
  it.each([
    ["in memory", { inMemory: true } as const],
    ["on disk", { dataDir: join(dir, "data") }],
  ])(
    "%s: runs with shared_buffers 8MB (not Postgres' 128MB), max_connections 5 and without zero-filled WAL segments",
    async (_name, choice) => {
      const opened = await openPglite(choice);
      try {
        const { rows } = await opened.pglite.query<{ shared_buffers: string }>("show shared_buffers");
        expect(rows[0]?.shared_buffers).toBe(PGLITE_SHARED_BUFFERS);
        const wal = await opened.pglite.query<{ wal_init_zero: string }>("show wal_init_zero");
        expect(wal.rows[0]?.wal_init_zero).toBe("off");
        const connections = await opened.pglite.query<{ max_connections: string }>("show max_connections");
        expect(connections.rows[0]?.max_connections).toBe("5");
      } finally {
        await opened.close();
      }
    },
  );

  it("writes nothing of it into the data directory's postgresql.conf", () => {
    // Only the active lines: the file's comments name 8MB as temp_buffers' default.
    const active = readFileSync(join(dir, "data", "postgresql.conf"), "utf8")
      .split("\n")
      .map((line) => line.replace(/#.*/, "").trim())
      .filter(Boolean);
    // initdb's own value stays: ours comes from the command line only.
    expect(active.filter((line) => line.startsWith("shared_buffers"))).toEqual(["shared_buffers = 128MB"]);
    expect(PGLITE_SHARED_BUFFERS).not.toBe("128MB");
    expect(active.join("\n")).not.toMatch(/wal_init_zero|max_connections\s*=\s*5\b/);
  });
});
