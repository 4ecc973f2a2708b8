import { execFile } from "node:child_process";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** apps/playground, from apps/bot/src/playground/testing. */
export const PLAYGROUND_APP_DIR = fileURLToPath(new URL("../../../../playground", import.meta.url));
export const PLAYGROUND_DIST_DIR = join(PLAYGROUND_APP_DIR, "dist");

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

async function isFresh(): Promise<boolean> {
  const sources = await Promise.all(
    ["src", "index.html", "vite.config.ts", "package.json"].map((p) => newestMtime(join(PLAYGROUND_APP_DIR, p))),
  );
  const builtAt = await newestMtime(join(PLAYGROUND_DIST_DIR, "index.html"));
  return builtAt > 0 && builtAt >= Math.max(...sources);
}

/** Test files run in parallel workers; only one may run Vite (it empties dist first). */
const LOCK_DIR = join(PLAYGROUND_APP_DIR, "node_modules", ".playground-build.lock");

/** Runs `work` while holding a directory lock (mkdir is atomic); waits its turn otherwise. */
export async function withBuildLock<T>(lockDir: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch {
      const held = await stat(lockDir).catch(() => undefined);
      // A lock older than a whole build is left over from a killed run.
      if (held && Date.now() - held.mtimeMs > timeoutMs) await rm(lockDir, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`playground build lock ${lockDir} still held after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

/**
 * Builds apps/playground when dist is missing or older than its sources, so the browser
 * test always runs the current page (the bot package does not depend on the playground
 * package, so turbo would not build it first). Runs Vite directly: no pnpm in between.
 */
export async function ensurePlaygroundBuilt(timeoutMs = 180_000): Promise<{ built: boolean }> {
  if (await isFresh()) return { built: false };
  return withBuildLock(LOCK_DIR, timeoutMs, async () => {
    // Another worker may have built it while this one waited for the lock.
    if (await isFresh()) return { built: false };
    const vite = join(PLAYGROUND_APP_DIR, "node_modules", "vite", "bin", "vite.js");
    await new Promise<void>((resolve, reject) => {
      execFile(
        process.execPath,
        [vite, "build", "--logLevel", "warn"],
        { cwd: PLAYGROUND_APP_DIR, timeout: timeoutMs },
        (error, _stdout, stderr) =>
          error ? reject(new Error(`playground build failed: ${error.message}\n${stderr}`)) : resolve(),
      );
    });
    return { built: true };
  });
}
