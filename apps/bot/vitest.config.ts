import { defineConfig } from "vitest/config";
import { sourceResolution } from "../../vitest.shared.js";

export default defineConfig({
  ...sourceResolution,
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default on two cores is one worker, but most of these files wait on a child bot
    // process, Chromium or a socket: two files at a time nearly halve the wall time of CI.
    maxWorkers: 2,
  },
});
