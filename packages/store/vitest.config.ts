import { defineConfig } from "vitest/config";
import { sourceResolution } from "../../vitest.shared.js";

export default defineConfig({
  // Workspace packages resolve to their TypeScript source: tests need no build first.
  ...sourceResolution,
  test: {
    include: ["src/**/*.test.ts"],
    // Probes the Postgres test server once per run: provides its URL, or fails under CI=true.
    globalSetup: ["src/testing/global-setup.ts"],
    // PGlite needs ~3 s to start in memory (~8 s for a new data directory) plus migrations,
    // more on a busy machine; each file shares one instance, opened in beforeAll.
    hookTimeout: 60_000,
    testTimeout: 20_000,
    // Two shared cores: two files at a time, each with its own PGlite and its own schema.
    maxWorkers: 2,
  },
});
