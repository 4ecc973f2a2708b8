// A process that takes and releases the PGlite data-directory lock on command, so a test can
// make two processes race for it many times without paying a process start per round.
// stdin lines: "lock <dataDir>" | "release"; stdout lines: "locked" | "refused <en message>".
import { createInterface } from "node:readline";
import { lockDataDir, type DataDirLock } from "../engine/data-dir-lock.js";
import { StoreOpenError } from "../errors/store-open-error.js";

let held: DataDirLock | undefined;
for await (const line of createInterface({ input: process.stdin })) {
  const [command, ...rest] = line.split(" ");
  if (command === "lock") {
    try {
      held = lockDataDir(rest.join(" "));
      console.log("locked");
    } catch (error) {
      console.log(
        error instanceof StoreOpenError
          ? `refused ${error.message_nl} | ${error.message_en}`
          : `crashed ${String(error)}`,
      );
    }
  } else if (command === "release") {
    held?.release();
    held = undefined;
    console.log("released");
  }
}
