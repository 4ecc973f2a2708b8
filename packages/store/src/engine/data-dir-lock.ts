import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
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

/**
 * A sibling lock file `<dataDir>.lock` holding our pid. PGlite itself does not stop a second
 * process from opening the same directory, and two writers corrupt it beyond repair.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const path = `${dataDir}.lock`;
  if (heldInThisProcess.has(dataDir)) throw inUse(dataDir, path, "dit proces / this process");
  mkdirSync(dirname(dataDir), { recursive: true });
  let previousOwnerDied = false;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldInThisProcess.add(dataDir);
      let released = false;
      return {
        path,
        previousOwnerDied,
        release() {
          if (released) return;
          released = true;
          heldInThisProcess.delete(dataDir);
          rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number.parseInt(readFileSync(path, "utf8").trim(), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw inUse(dataDir, path, `proces/process ${pid}`);
      }
      // The owner is gone without removing its lock: take it over, and remember the unclean stop.
      previousOwnerDied = true;
      rmSync(path, { force: true });
    }
  }
  throw inUse(dataDir, path, "onbekend / unknown");
}
