import { defineConfig } from "vitest/config";
import { sourceResolution } from "../../vitest.shared.js";

export default defineConfig({
  ...sourceResolution,
  // Property tests (fast-check, thousands of runs) take seconds each on two busy cores.
  test: { include: ["src/**/*.test.ts"], testTimeout: 60_000 },
});
