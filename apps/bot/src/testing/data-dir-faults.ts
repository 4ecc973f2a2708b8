// Test support: data directories that cannot be used, made for real where the machine allows.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync } from "node:fs";

const isRoot = process.getuid?.() === 0;

function mountTmpfs(dir: string, options: string): boolean {
  mkdirSync(dir, { recursive: true });
  return spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir]).status === 0;
}

/** A directory the bot cannot write to: a read-only tmpfs as root (root ignores modes), else mode 0555. */
export function readOnlyDir(dir: string): { dir: string; cleanup: () => void } | undefined {
  if (isRoot)
    return mountTmpfs(dir, "size=1m,ro") ? { dir, cleanup: () => void spawnSync("umount", [dir]) } : undefined;
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o555);
  return { dir, cleanup: () => chmodSync(dir, 0o755) };
}

/** A disk with little room: a tmpfs of `size` (e.g. "3m"; needs root and mount). */
export function tinyDisk(dir: string, size: string): { dir: string; cleanup: () => void } | undefined {
  if (!isRoot) return undefined;
  return mountTmpfs(dir, `size=${size}`) ? { dir, cleanup: () => void spawnSync("umount", [dir]) } : undefined;
}
