import { defineConfig } from "vitest/config";

export default defineConfig({
  // "source" resolves workspace packages to their TypeScript, so tests need no build first.
  resolve: { conditions: ["source"] },
  test: { include: ["src/**/*.test.ts"] },
});
