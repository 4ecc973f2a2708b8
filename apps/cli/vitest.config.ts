import { defineConfig } from "vitest/config";
import { sourceResolution } from "../../vitest.shared.js";

export default defineConfig({
  ...sourceResolution,
  // The process tests start node + tsx on the source: seconds each on two busy cores.
  test: { include: ["src/**/*.test.ts"], testTimeout: 240_000 },
});
