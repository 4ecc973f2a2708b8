import { spawnSync } from "node:child_process";

/** One statement through the psql client (what the bench uses for its throwaway databases); throws with psql's error. */
export function psql(sql: string, url: string): string {
  const out = spawnSync("psql", [url, "-tAc", sql], { encoding: "utf8" });
  if (out.status !== 0) throw new Error(`psql failed: ${(out.stderr || out.error?.message || "").trim()}`);
  return out.stdout.trim();
}
