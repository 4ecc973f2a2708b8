import { defineConfig } from "vitest/config";
import { sourceResolution } from "../../vitest.shared.js";

export default defineConfig({
  ...sourceResolution,
  // Property tests (fast-check, thousands of runs) take seconds each on two busy cores.
  // Pure code, no mocks and no module state a test changes: the files share their workers'
  // modules (isolate: false), since importing domain + templates again per file cost more than the tests.
  test: { include: ["src/**/*.test.ts"], testTimeout: 60_000, isolate: false },
});
