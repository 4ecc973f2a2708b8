import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { openStore } from "@convenantbot/store";
import { afterAll, describe, expect, it } from "vitest";
import { startBotProcess } from "../testing/bot-process.js";
import { readOnlyDir, tinyDisk } from "../testing/data-dir-faults.js";
import { recordFigure } from "../testing/figures.js";

const root = mkdtempSync(join(tmpdir(), "convenantbot-faults-"));
const cleanups: (() => void)[] = [];
let survived = 0;
let tried = 0;
afterAll(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
  rmSync(root, { recursive: true, force: true });
  if (tried > 0) recordFigure("dataDirFaults", { tried, survived });
});

/** Starts the bot on `dataDir` and expects a clean refusal: exit 2, Dutch and English advice, no stack. */
async function expectRefusal(dataDir: string, nl: RegExp, en: RegExp): Promise<void> {
  tried++;
  const bot = startBotProcess({ DATA_DIR: dataDir, DEMO_DATA: "false" });
  await expect(bot.ready).rejects.toThrow(/exited/);
  const { code } = await bot.exited;
  const { stdout, stderr } = bot.output();
  expect(code).toBe(2);
  expect(stderr).toMatch(nl);
  expect(stderr).toMatch(en);
  expect(stderr).toContain("Wat te doen");
  expect(stderr).toContain("What to do");
  expect(stderr).toContain(dataDir);
  // Never a stack trace or an internal error object.
  expect(`${stdout}\n${stderr}`).not.toMatch(/\n\s+at |Error:|\[object Object\]|node:internal/);
  survived++;
}

describe("a broken or full data directory: a clear Dutch/English refusal, never a stack trace", () => {
  const readOnly = readOnlyDir(join(root, "read-only"));
  if (readOnly) cleanups.push(readOnly.cleanup);
  it.skipIf(!readOnly)(
    "a directory the bot may not write to",
    async () => {
      await expectRefusal(join(readOnly!.dir, "pglite"), /is niet schrijfbaar/, /is not writable/);
    },
    120_000,
  );

  const nearlyFull = tinyDisk(join(root, "nearly-full"), "3m");
  if (nearlyFull) cleanups.push(nearlyFull.cleanup);
  it.skipIf(!nearlyFull)(
    "a disk with less room than PGlite needs to start (checked before it starts)",
    async () => {
      await expectRefusal(join(nearlyFull!.dir, "pglite"), /De schijf van de datamap .* is vol/, /is full/);
    },
    120_000,
  );

  const fillsUp = tinyDisk(join(root, "fills-up"), "16m");
  if (fillsUp) cleanups.push(fillsUp.cleanup);
  it.skipIf(!fillsUp)(
    "a disk that fills up while PGlite creates its files (ENOSPC inside the WASM file system)",
    async () => {
      await expectRefusal(join(fillsUp!.dir, "pglite"), /De schijf van de datamap .* is vol/, /is full/);
    },
    120_000,
  );

  it("DATA_DIR pointing at a file", async () => {
    const file = join(root, "a-file");
    writeFileSync(file, "not a directory");
    await expectRefusal(join(file, "pglite"), /is geen map/, /is not a directory/);
  }, 120_000);

  it("corrupt PGlite files (a damaged control file)", async () => {
    const dataDir = join(root, "corrupt");
    const store = await openStore({ dataDir });
    await store.close();
    writeFileSync(join(dataDir, "global", "pg_control"), randomBytes(8192));
    await expectRefusal(dataDir, /PGlite kan de datamap .* niet openen/, /PGlite cannot open the data directory/);
  }, 180_000);
});
