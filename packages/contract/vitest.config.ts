import { defineConfig } from "vitest/config";
import { sourceResolution } from "../../vitest.shared.js";

export default defineConfig({
  ...sourceResolution,
  // Pure schemas: the files share their workers' modules (isolate: false).
  test: { include: ["src/**/*.test.ts"], isolate: false },
});
