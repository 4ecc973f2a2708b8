import { StoreOpenError } from "../errors/store-open-error.js";

export type DataDirProblem = "not_writable" | "full" | "not_a_directory";

// Node's error codes, and the numbers PGlite's WASM file system (Emscripten) throws as ErrnoError.
const byCode: Record<string, DataDirProblem> = {
  EACCES: "not_writable",
  EPERM: "not_writable",
  EROFS: "not_writable",
  ENOSPC: "full",
  EDQUOT: "full",
  ENOTDIR: "not_a_directory",
  EISDIR: "not_a_directory",
};
const byEmscriptenErrno: Record<number, DataDirProblem> = {
  2: "not_writable",
  63: "not_writable",
  69: "not_writable",
  51: "full",
  19: "full",
  54: "not_a_directory",
  31: "not_a_directory",
};

/** What a file-system error says about the data directory, if it is one we can explain. */
export function dataDirProblemOf(error: unknown): DataDirProblem | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, errno, name, syscall } = error as {
    code?: unknown;
    errno?: unknown;
    name?: unknown;
    syscall?: unknown;
  };
  if (typeof code === "string" && code in byCode) return byCode[code];
  // mkdir of a path where a file stands.
  if (code === "EEXIST" && syscall === "mkdir") return "not_a_directory";
  if (name === "ErrnoError" && typeof errno === "number") return byEmscriptenErrno[errno];
  // Postgres inside PGlite: "could not extend file ...: No space left on device" (SQLSTATE 53100).
  if (code === "53100" || (error instanceof Error && /No space left on device/i.test(error.message))) return "full";
  return undefined;
}

/** The operator's message for a data directory that cannot be used: what is wrong, what to do. */
export function dataDirProblemError(dataDir: string, problem: DataDirProblem, cause: unknown): StoreOpenError {
  const texts: Record<DataDirProblem, [string, string]> = {
    not_writable: [
      `De datamap ${dataDir} is niet schrijfbaar (geen rechten of een alleen-lezen schijf). Wat te doen: geef de gebruiker ` +
        `die de bot draait schrijfrechten op de map (bijv. chown of chmod u+w), of zet DATA_DIR op een schrijfbare map.`,
      `The data directory ${dataDir} is not writable (no permission, or a read-only disk). What to do: give the user running ` +
        `the bot write permission on it (e.g. chown or chmod u+w), or point DATA_DIR to a writable directory.`,
    ],
    full: [
      `De schijf van de datamap ${dataDir} is vol. Er is niets half opgeslagen: wat bevestigd was, staat er nog. Wat te doen: ` +
        `maak ruimte vrij op die schijf (of zet DATA_DIR op een schijf met ruimte, na het kopiëren van de map) en start opnieuw.`,
      `The disk of the data directory ${dataDir} is full. Nothing was half written: what was acknowledged is still there. ` +
        `What to do: free space on that disk (or point DATA_DIR to a disk with space, after copying the directory) and start again.`,
    ],
    not_a_directory: [
      `DATA_DIR ${dataDir} is geen map (er staat een bestand op die plek of in het pad). Wat te doen: zet DATA_DIR op een map, ` +
        `bijv. ./data/pglite.`,
      `DATA_DIR ${dataDir} is not a directory (a file stands at that place or in its path). What to do: point DATA_DIR to a ` +
        `directory, e.g. ./data/pglite.`,
    ],
  };
  const [nl, en] = texts[problem];
  return new StoreOpenError(nl, en, { dataDir, cause });
}
