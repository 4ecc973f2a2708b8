import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { StoreOpenError } from "../errors/store-open-error.js";
import { lockDataDir, type DataDirLock } from "./data-dir-lock.js";
import { dataDirProblemError, dataDirProblemOf } from "./data-dir-problem.js";

/**
 * Below this much free space PGlite cannot even finish a checkpoint; starting would only fail
 * later, in the middle of someone's work.
 */
const minFreeBytes = 8 * 1024 * 1024;

export interface OpenedPglite {
  pglite: PGlite;
  close(): Promise<void>;
}

function describeCause(error: unknown): string {
  const text =
    error instanceof Error
      ? error.message
      : typeof error === "object" && error !== null
        ? JSON.stringify(error)
        : String(error);
  // PGlite's WASM aborts can carry kilobytes of minified source; keep the first line short.
  return text.split("\n")[0]!.slice(0, 200);
}

export function cannotOpen(dataDir: string, error: unknown, previousOwnerDied: boolean): StoreOpenError {
  const problem = dataDirProblemOf(error);
  if (problem) return dataDirProblemError(dataDir, problem, error);
  const cause = describeCause(error);
  const why_nl = previousOwnerDied
    ? "Het vorige proces met deze map is niet netjes gestopt (bijv. kill -9 of stroomuitval)."
    : "Mogelijk is een proces hard gestopt (bijv. kill -9) of heeft een tweede proces dezelfde map gebruikt.";
  const why_en = previousOwnerDied
    ? "The previous process using this directory did not stop cleanly (e.g. kill -9 or a power loss)."
    : "A process may have been killed (e.g. kill -9) or a second process may have used the same directory.";
  return new StoreOpenError(
    `PGlite kan de datamap ${dataDir} niet openen (${cause}). ${why_nl} Wat te doen: stop alle processen die deze map ` +
      `gebruiken; zet dan een back-up van de map terug, of verplaats de map (bijv. mv ${dataDir} ${dataDir}.kapot) en start ` +
      `opnieuw met een lege database (draai daarna seedDemoData voor de demo). Voor productie en meerdere processen: ` +
      `gebruik een Postgres-server via DATABASE_URL.`,
    `PGlite cannot open the data directory ${dataDir} (${cause}). ${why_en} What to do: stop every process using this ` +
      `directory; then restore a backup of it, or move it aside (e.g. mv ${dataDir} ${dataDir}.broken) and start again ` +
      `with an empty database (then run seedDemoData for the demo). For production and several processes, use a ` +
      `Postgres server via DATABASE_URL.`,
    { dataDir, cause: error },
  );
}

/** Writes and removes a small file in the directory and checks the free space, before PGlite touches it. */
function proveWritable(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  const probe = join(dataDir, ".convenantbot-write-probe");
  writeFileSync(probe, Buffer.alloc(64 * 1024));
  rmSync(probe, { force: true });
  const { bavail, bsize } = statfsSync(dataDir);
  if (bavail * bsize < minFreeBytes)
    throw Object.assign(new Error(`only ${bavail * bsize} bytes free`), { code: "ENOSPC" });
}

/**
 * Postgres' default shared_buffers (128 MB) is WASM memory PGlite touches at start: about
 * 140 MB of the bot's idle RSS (issue 18). The embedded database of one team's playground is
 * tens of MB, the OS page cache still holds its files, and the bot state is served from the
 * store's own cache: 8 MB (measured: a bare PGlite 194 MB RSS at 32 MB, 170 MB at 16 MB,
 * 153-161 MB at 8 MB and about 50 ms less to open; turn throughput unchanged at each step).
 * Passed on the command line, so nothing in the data directory's postgresql.conf changes.
 */
export const PGLITE_SHARED_BUFFERS = "8MB";
/**
 * wal_init_zero off: a new 16 MB WAL segment is not written full of zeros first. PGlite does
 * that on the main thread, and every turn waited behind it (the multi-second stalls of the
 * turn bench); PGlite runs without fsync (-F), so the zeros bought no safety here.
 * max_connections 5: PGlite is one session, but Postgres sizes its lock and process tables
 * for 100 (about 11 MB of the bare PGlite's RSS).
 */
const startParams = [
  ...PGlite.defaultStartParams,
  "-c",
  `shared_buffers=${PGLITE_SHARED_BUFFERS}`,
  "-c",
  "wal_init_zero=off",
  "-c",
  "max_connections=5",
];

/**
 * A new in-memory PGlite runs initdb first: ~3.5 s of CPU, against ~0.9 s to start from the
 * tarball of a cluster just after initdb. Every test file opens its own in-memory store, so
 * the first one in a machine's temp directory saves that fresh cluster (written to a temp
 * name, then renamed: a second process reads a whole file or none) and the others start
 * from it. The key is this PGlite build (its resolved path names the version) and the start
 * parameters. Only the empty cluster is kept: the migrations still run on every open.
 */
let freshClusterPath: string | undefined;
/** Worked out on the first in-memory open, so a bot on its data directory never does it. */
function freshClusterFile(): string {
  if (freshClusterPath) return freshClusterPath;
  const build = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const key = createHash("sha256").update(build).update(JSON.stringify(startParams)).digest("hex").slice(0, 16);
  freshClusterPath = join(tmpdir(), `convenantbot-pglite-initdb-${key}.tar`);
  return freshClusterPath;
}

function savedFreshCluster(): Blob | undefined {
  try {
    return new Blob([readFileSync(freshClusterFile())]);
  } catch {
    return undefined;
  }
}

async function saveFreshCluster(pglite: PGlite): Promise<void> {
  const tar = Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer());
  const partial = `${freshClusterFile()}.${process.pid}.partial`;
  try {
    writeFileSync(partial, tar);
    renameSync(partial, freshClusterFile());
  } catch {
    rmSync(partial, { force: true }); // a full or read-only temp directory only costs the next open its initdb
  }
}

async function openInMemory(): Promise<PGlite> {
  const saved = savedFreshCluster();
  if (saved) {
    try {
      const pglite = await PGlite.create({ startParams, loadDataDir: saved });
      await pglite.query("select 1");
      return pglite;
    } catch {
      rmSync(freshClusterFile(), { force: true }); // unreadable: start from initdb, and save anew
    }
  }
  const pglite = await PGlite.create({ startParams });
  await saveFreshCluster(pglite);
  return pglite;
}

/** PGlite in memory (tests) or on disk, guarded by a lock file and with a clear recovery message. */
export async function openPglite(choice: { dataDir: string } | { inMemory: true }): Promise<OpenedPglite> {
  if ("inMemory" in choice) {
    const pglite = await openInMemory();
    return { pglite, close: () => pglite.close() };
  }
  const { dataDir } = choice;
  let lock: DataDirLock;
  try {
    lock = lockDataDir(dataDir);
  } catch (error) {
    const problem = dataDirProblemOf(error);
    throw problem ? dataDirProblemError(dataDir, problem, error) : error;
  }
  let pglite: PGlite;
  try {
    proveWritable(dataDir);
    pglite = await PGlite.create(dataDir, { startParams });
    // A directory can open yet fail on first use; prove it answers before we hand it out.
    await pglite.query("select 1");
  } catch (error) {
    lock.release();
    throw cannotOpen(dataDir, error, lock.previousOwnerDied);
  }
  return {
    pglite,
    async close() {
      try {
        await pglite.close();
      } finally {
        lock.release();
      }
    },
  };
}
