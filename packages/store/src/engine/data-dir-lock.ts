import { closeSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname } from "node:path";
import { StoreOpenError } from "../errors/store-open-error.js";

export interface DataDirLock {
  readonly path: string;
  /** The previous owner died without closing (a stale lock): an unclean stop. */
  readonly previousOwnerDied: boolean;
  release(): void;
}

// Within one process a second open of the same directory would also corrupt it.
const heldInThisProcess = new Set<string>();

/**
 * A takeover takes microseconds; a mutex older than this was left by a process that died in the
 * middle of one, and is removed (within maxWaitMs, so a quick restart after such a death still opens).
 */
const staleTakeoverMs = 2_000;
const maxWaitMs = 5_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function inUse(dataDir: string, lockPath: string, owner: string): StoreOpenError {
  return new StoreOpenError(
    `De PGlite-datamap ${dataDir} is al in gebruik (${owner}; lockbestand ${lockPath}). PGlite is één proces per datamap: ` +
      `stop dat proces, of gebruik DATABASE_URL met een Postgres-server om meerdere processen te draaien. ` +
      `Gebruikt geen proces de map meer, verwijder dan het lockbestand.`,
    `The PGlite data directory ${dataDir} is already in use (${owner}; lock file ${lockPath}). PGlite allows one process per ` +
      `data directory: stop that process, or set DATABASE_URL to a Postgres server to run several processes. ` +
      `If no process uses the directory any more, delete the lock file.`,
    { dataDir },
  );
}

function readOwner(path: string): number | "gone" | "unreadable" {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : "unreadable";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "gone";
    throw error;
  }
}

/**
 * Creates `path` holding our pid in one atomic step: the pid goes into a private file first,
 * then link(2) puts it in place or fails with EEXIST. (`open(wx)` + write left a moment in which
 * another process read an empty lock, took it for stale and came in too.)
 */
function tryCreate(path: string): boolean {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(temp, String(process.pid), { flag: "wx" });
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Removes a lock whose owner `deadPid` is gone, under a takeover mutex so two processes that
 * both saw the same stale lock cannot both remove it (the second would remove the first one's
 * fresh lock). Returns false when another process holds the mutex: the caller starts over.
 */
function removeStale(path: string, deadOwner: number | "unreadable"): boolean {
  const mutex = `${path}.takeover`;
  let fd: number;
  try {
    fd = openSync(mutex, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    try {
      if (Date.now() - statSync(mutex).mtimeMs > staleTakeoverMs) rmSync(mutex, { force: true });
    } catch {
      // The mutex went away meanwhile: fine, start over.
    }
    return false;
  }
  try {
    // Under the mutex nobody else can replace the lock file: only this check and unlink touch it.
    if (readOwner(path) === deadOwner) rmSync(path, { force: true });
    return true;
  } finally {
    closeSync(fd);
    rmSync(mutex, { force: true });
  }
}

/**
 * A sibling lock file `<dataDir>.lock` holding our pid. PGlite itself does not stop a second
 * process from opening the same directory, and two writers corrupt it beyond repair. A lock
 * whose pid no longer runs is stale (kill -9, power loss) and taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const path = `${dataDir}.lock`;
  if (heldInThisProcess.has(dataDir)) throw inUse(dataDir, path, "dit proces / this process");
  mkdirSync(dirname(dataDir), { recursive: true });
  let previousOwnerDied = false;
  const deadline = Date.now() + maxWaitMs;
  while (Date.now() < deadline) {
    if (tryCreate(path)) {
      heldInThisProcess.add(dataDir);
      let released = false;
      return {
        path,
        previousOwnerDied,
        release() {
          if (released) return;
          released = true;
          heldInThisProcess.delete(dataDir);
          // Only our own lock: never remove one another process took over after us.
          if (readOwner(path) === process.pid) rmSync(path, { force: true });
        },
      };
    }
    const owner = readOwner(path);
    if (owner === "gone") continue;
    if (typeof owner === "number" && owner !== process.pid && isAlive(owner)) {
      throw inUse(dataDir, path, `proces/process ${owner}`);
    }
    // The owner is gone without removing its lock: take it over, and remember the unclean stop.
    previousOwnerDied = true;
    if (!removeStale(path, owner)) sleepSync(20);
  }
  throw inUse(dataDir, path, "onbekend / unknown");
}
