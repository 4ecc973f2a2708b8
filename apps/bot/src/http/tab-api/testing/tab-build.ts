import { execFile } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { withBuildLock } from "../../../playground/testing/page-build.js";

/** apps/tab, from apps/bot/src/http/tab-api/testing. */
export const TAB_APP_DIR = fileURLToPath(new URL("../../../../../tab", import.meta.url));
const TAB_DIST_INDEX = join(TAB_APP_DIR, "dist", "index.html");
const LOCK_DIR = join(TAB_APP_DIR, "node_modules", ".tab-build.lock");

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const times = await Promise.all((await readdir(path)).map((entry) => newestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

// The domain is bundled into the tab from its source: a rule change must rebuild the tab too.
const DOMAIN_SRC = fileURLToPath(new URL("../../../../../../packages/domain/src", import.meta.url));

async function isFresh(): Promise<boolean> {
  const sources = await Promise.all(
    [
      ...["src", "index.html", "config.html", "vite.config.ts", "package.json"].map((p) => join(TAB_APP_DIR, p)),
      DOMAIN_SRC,
    ].map(newestMtime),
  );
  const builtAt = await newestMtime(TAB_DIST_INDEX);
  return builtAt > 0 && builtAt >= Math.max(...sources);
}

/**
 * Builds apps/tab when dist is missing or older than its sources, so a browser test never runs
 * a stale tab (turbo builds it before the bot's tests; a direct `vitest` run may not have).
 */
export async function ensureTabBuilt(timeoutMs = 180_000): Promise<{ built: boolean }> {
  if (await isFresh()) return { built: false };
  return withBuildLock(LOCK_DIR, timeoutMs, async () => {
    if (await isFresh()) return { built: false };
    const vite = join(TAB_APP_DIR, "node_modules", "vite", "bin", "vite.js");
    await new Promise<void>((resolve, reject) => {
      execFile(
        process.execPath,
        [vite, "build", "--logLevel", "warn"],
        { cwd: TAB_APP_DIR, timeout: timeoutMs },
        (error, _stdout, stderr) =>
          error ? reject(new Error(`tab build failed: ${error.message}\n${stderr}`)) : resolve(),
      );
    });
    return { built: true };
  });
}
