import { defineConfig } from "vitest/config";

// Unit tests only (pure functions); the browser test lives with the bot, which serves the page.
export default defineConfig({ test: { include: ["src/**/*.test.ts"], environment: "node" } });
