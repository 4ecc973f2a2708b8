import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockDataDir } from "./data-dir-lock.js";

const root = mkdtempSync(join(tmpdir(), "convenantbot-lock-unit-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid!;

describe("lockDataDir", () => {
  it("writes our pid, refuses a second lock in this process, and removes only its own lock", () => {
    const dataDir = join(root, "own");
    const lock = lockDataDir(dataDir);
    expect(readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    expect(() => lockDataDir(dataDir)).toThrow(/al in gebruik/);
    lock.release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it("takes over a lock whose process died, also when that death left a takeover mutex behind", () => {
    const dataDir = join(root, "stale");
    writeFileSync(`${dataDir}.lock`, String(deadPid()));
    writeFileSync(`${dataDir}.lock.takeover`, "");
    const old = new Date(Date.now() - 3_000);
    utimesSync(`${dataDir}.lock.takeover`, old, old);
    const lock = lockDataDir(dataDir);
    expect(lock.previousOwnerDied).toBe(true);
    expect(readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    expect(existsSync(`${dataDir}.lock.takeover`)).toBe(false);
    lock.release();
  });

  it("takes over an unreadable (empty) lock as stale", () => {
    const dataDir = join(root, "empty");
    writeFileSync(`${dataDir}.lock`, "");
    const lock = lockDataDir(dataDir);
    expect(lock.previousOwnerDied).toBe(true);
    lock.release();
  });
});
