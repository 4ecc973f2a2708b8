import { describe, expect, it } from "vitest";
import { dataDirProblemError, dataDirProblemOf } from "./data-dir-problem.js";

// Shaped like what Node, PGlite's WASM file system (Emscripten ErrnoError) and Postgres throw.
const emscripten = (errno: number) =>
  Object.assign(Object.create({ name: "ErrnoError" }), { name: "ErrnoError", errno });
const cases: [string, unknown, string | undefined][] = [
  ["node EACCES", { code: "EACCES" }, "not_writable"],
  ["node EROFS", { code: "EROFS" }, "not_writable"],
  ["node ENOSPC", { code: "ENOSPC" }, "full"],
  ["node EDQUOT", { code: "EDQUOT" }, "full"],
  ["node ENOTDIR", { code: "ENOTDIR" }, "not_a_directory"],
  ["mkdir over a file", { code: "EEXIST", syscall: "mkdir" }, "not_a_directory"],
  ["EEXIST of the lock file itself", { code: "EEXIST", syscall: "open" }, undefined],
  ["Emscripten ENOSPC (51)", emscripten(51), "full"],
  ["Emscripten EACCES (2)", emscripten(2), "not_writable"],
  ["Emscripten EROFS (69)", emscripten(69), "not_writable"],
  ["Postgres disk_full", Object.assign(new Error("could not extend file"), { code: "53100" }), "full"],
  ["Postgres text", new Error('could not write to file "pg_wal/xlogtemp": No space left on device'), "full"],
  ["a damaged file", new Error("PGlite failed to initialize properly"), undefined],
  ["not an object", "boom", undefined],
];

describe("dataDirProblemOf", () => {
  it.each(cases)("%s", (_name, error, expected) => {
    expect(dataDirProblemOf(error)).toBe(expected);
  });

  it("tells in both languages what is wrong and what to do, naming the directory", () => {
    for (const problem of ["not_writable", "full", "not_a_directory"] as const) {
      const error = dataDirProblemError("/srv/data/pglite", problem, undefined);
      expect(error.message_nl).toContain("/srv/data/pglite");
      expect(error.message_nl).toContain("Wat te doen");
      expect(error.message_en).toContain("What to do");
    }
  });
});
