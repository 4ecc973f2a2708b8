import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { StoreOpenError } from "../errors/store-open-error.js";
import { openStore } from "../store.js";

const root = mkdtempSync(join(tmpdir(), "convenantbot-store-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function openError(promise: Promise<unknown>): Promise<StoreOpenError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreOpenError);
  return error as StoreOpenError;
}

describe("openStore on a PGlite data directory", () => {
  it("persists across close and reopen, and refuses a second open of the same directory", async () => {
    const dataDir = join(root, "pglite");
    const store = await openStore({ dataDir });
    expect(store.engine).toBe("pglite");
    await store.parties.upsert(
      { id: "persisted", name: "Blijft bestaan", role: "gemeente", signatory: true },
      { actor: "system:test" },
    );
    const second = await openError(openStore({ dataDir }));
    expect(second.message_nl).toContain(dataDir);
    expect(second.message_en).toContain("already in use");
    await store.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);

    const reopened = await openStore({ dataDir });
    try {
      expect(reopened.migrations.applied).toEqual([]);
      expect((await reopened.parties.require("persisted")).name).toBe("Blijft bestaan");
    } finally {
      await reopened.close();
    }
  }, 90_000);

  it("says clearly what to do when a data directory cannot be opened, naming it", async () => {
    const dataDir = join(root, "broken");
    mkdirSync(dataDir, { recursive: true });
    // What a half-written directory looks like to PGlite: a version file and nothing usable.
    writeFileSync(join(dataDir, "PG_VERSION"), "18\n");
    const error = await openError(openStore({ dataDir }));
    expect(error.dataDir).toBe(dataDir);
    expect(error.message_nl).toContain(`mv ${dataDir}`);
    expect(error.message_nl).toContain("DATABASE_URL");
    expect(error.message_en).toContain(`PGlite cannot open the data directory ${dataDir}`);
    // The failed open released its lock: trying again gives the same advice, not "in use".
    expect((await openError(openStore({ dataDir }))).message_en).toContain("cannot open");
  });

  it("takes over a lock left by a process that died, and mentions the unclean stop if opening fails", async () => {
    const dataDir = join(root, "stale-lock");
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, "PG_VERSION"), "18\n");
    const dead = spawnSync(process.execPath, ["-e", ""]);
    writeFileSync(`${dataDir}.lock`, String(dead.pid));
    const error = await openError(openStore({ dataDir }));
    expect(error.message_en).toContain("did not stop cleanly");
  });

  it("names the server, without its password, when Postgres cannot be reached", async () => {
    // Port 1 on loopback: refused at once, nothing leaves the machine.
    const error = await openError(openStore({ databaseUrl: "postgres://u:geheim@127.0.0.1:1/db" }));
    expect(error.message_en).toContain("127.0.0.1:1");
    expect(error.message).not.toContain("geheim");
  });
});
